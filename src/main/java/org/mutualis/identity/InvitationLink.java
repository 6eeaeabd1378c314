package org.mutualis.identity;

import java.time.LocalDateTime;

/**
 * A freshly issued invitation: the account it opens and the one-time link to send by e-mail.
 *
 * @param username the account's username, which is the invited e-mail address, in lower case
 * @param accountCreated whether the account was created by this invitation (else it existed)
 * @param url the absolute link {@code …/invitation/{token}}; the token is nowhere else, keep it out of logs
 * @param expiresAt when the link stops working, in UTC
 */
public record InvitationLink(
        long accountId, String username, boolean accountCreated, String url, LocalDateTime expiresAt) {

    /** Keeps the link, a secret, out of logs and error reports. */
    @Override
    public String toString() {
        return "InvitationLink[accountId=" + accountId + ", username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
