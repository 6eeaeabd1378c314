/** The catalogue's, the settings' and the conventions' rows. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicefinance.persistence;
