package org.mutualis.identity;

import java.time.LocalDateTime;

/** A live invitation link, as its page shows it before the person chooses a password; UTC time. */
public record PendingInvitation(String username, String displayName, LocalDateTime expiresAt) {}
