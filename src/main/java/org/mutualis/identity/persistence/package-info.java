/**
 * Tables of the identity module, through {@code JdbcClient}: the rows are small and the queries
 * (joins of tokens and accounts, paged search) read more plainly as SQL than as aggregates.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.identity.persistence;
