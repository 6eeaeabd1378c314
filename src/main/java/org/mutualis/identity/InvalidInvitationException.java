package org.mutualis.identity;

/**
 * An invitation link that cannot serve: unknown, already used, replaced by a newer one, expired,
 * or its account disabled. Told apart from a refused password so that the page can say the link
 * itself is dead.
 */
public class InvalidInvitationException extends IdentityException {

    private final boolean unknown;

    InvalidInvitationException(String code, String frenchMessage, boolean unknown) {
        super(code, frenchMessage);
        this.unknown = unknown;
    }

    /** Whether no invitation ever had this link (rather than one that no longer works). */
    public boolean unknown() {
        return unknown;
    }
}
