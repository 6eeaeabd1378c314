package org.mutualis.census;

import java.time.LocalDateTime;

/**
 * A new personal invitation link for a collectivité, to hand over another way than e-mail. It
 * replaces the person's previous link and is shown once: only its hash is kept.
 *
 * @param expiresAt when it stops working, in UTC
 */
public record FreshLink(
        long collectivityId, String collectivityName, String email, String url, LocalDateTime expiresAt) {

    /** Keeps the link, a secret, out of logs. */
    @Override
    public String toString() {
        return "FreshLink[" + collectivityName + ", " + email + "]";
    }
}
