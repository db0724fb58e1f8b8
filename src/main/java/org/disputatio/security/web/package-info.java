/** The REST API of personal API tokens and, for admins, of accounts. */
@NullMarked
package org.disputatio.security.web;

import org.jspecify.annotations.NullMarked;
