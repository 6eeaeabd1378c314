package org.mutualis.identity;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A live API token found by its hash, with the account it signs in. */
public record TokenMatch(long tokenId, @Nullable LocalDateTime lastUsedAt, AccountSummary account) {}
