/** Documents of a map: the original text kept byte-exact, its normalised reading text, its sections, and anchors on it. */
@org.jspecify.annotations.NullMarked
package org.disputatio.maps;
