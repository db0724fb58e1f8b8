/** The JSON API's common rules: one error format (problem+json) from Tomcat up to the controllers, a body limit and strict JSON binding. */
@NullMarked
package org.disputatio.shell.web;

import org.jspecify.annotations.NullMarked;
