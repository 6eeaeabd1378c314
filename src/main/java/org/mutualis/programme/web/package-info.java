/** The programme's pages and API. */
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.web;
