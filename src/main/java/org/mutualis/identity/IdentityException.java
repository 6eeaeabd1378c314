package org.mutualis.identity;

/**
 * A rule of the identity module was broken. The message is French and fit to show to a person;
 * {@code code} names the message key {@code identity.error.<code>} for other languages.
 */
public class IdentityException extends RuntimeException {

    private final String code;

    public IdentityException(String code, String frenchMessage) {
        super(frenchMessage);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "identity.error." + code;
    }
}
