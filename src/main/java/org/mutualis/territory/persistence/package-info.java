/**
 * The {@code territory} and {@code collectivity} tables through {@code JdbcClient}, in SQL that
 * H2 and PostgreSQL both accept.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.territory.persistence;
