/**
 * Items, offers, scenarios and size classes through {@code JdbcClient}.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.savings.persistence;
