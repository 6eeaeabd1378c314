/** The catalogue's and the conventions' pages and API. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.web;
