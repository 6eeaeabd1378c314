/** Spring Security configuration: form sign-in for pages, personal tokens for the API. */
@org.jspecify.annotations.NullMarked
package org.mutualis.identity.security;
