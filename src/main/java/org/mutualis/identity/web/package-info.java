/** Pages of the identity module (sign-in, password, tokens, accounts) and the {@code /api/me} endpoint. */
@org.jspecify.annotations.NullMarked
package org.mutualis.identity.web;
