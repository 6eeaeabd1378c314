/**
 * Plain Java for the service's money side: units of operation, the forms of the service, the kinds
 * of convention, the unit-cost methods, a convention's term and renewal. Exposed as the named
 * interface {@code domain}: the module's forms and views carry these values.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.domain;
