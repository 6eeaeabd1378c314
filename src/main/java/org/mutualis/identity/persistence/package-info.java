/** Accounts, tokens, invitations and the audit log through {@code JdbcClient}. */
@org.jspecify.annotations.NullMarked
package org.mutualis.identity.persistence;
