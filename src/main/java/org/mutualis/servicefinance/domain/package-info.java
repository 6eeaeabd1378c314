/**
 * Plain Java for the service's money side: units of operation, the forms of the service, the kinds
 * of convention, the unit-cost methods, a convention's term and renewal.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.domain;
