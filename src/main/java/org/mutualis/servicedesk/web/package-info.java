/** The service desk's pages and API. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.web;
