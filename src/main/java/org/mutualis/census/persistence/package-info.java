/**
 * Campaigns, responses, invitations and exclusions through {@code JdbcClient}.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.census.persistence;
