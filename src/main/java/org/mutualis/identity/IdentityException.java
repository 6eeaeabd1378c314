package org.mutualis.identity;

import org.mutualis.shared.error.RejectedException;

/**
 * A rule of the identity module was broken. The message is French and fit to show to a person;
 * {@code code} names the message key {@code identity.error.<code>} for other languages.
 */
public class IdentityException extends RejectedException {

    private final String code;
    private final String frenchMessage;

    public IdentityException(String code, String frenchMessage) {
        this(code, frenchMessage, new Object[0]);
    }

    /** With the arguments of the bundles' message {@code identity.error.<code>}. */
    public IdentityException(String code, String frenchMessage, Object... args) {
        super("identity.error." + code, args);
        this.code = code;
        this.frenchMessage = frenchMessage;
    }

    /** The French text, shown where the bundles have no {@link #messageKey()}. */
    @Override
    public String getMessage() {
        return frenchMessage;
    }

    public String reason() {
        return code;
    }

    public String messageKey() {
        return "identity.error." + code;
    }
}
