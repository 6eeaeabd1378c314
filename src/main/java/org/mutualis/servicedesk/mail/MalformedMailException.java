package org.mutualis.servicedesk.mail;

/**
 * A message whose body cannot be read (a multipart without its boundary, a broken encoding, too
 * many parts): checked, because the reader records it and goes on with the next message.
 */
final class MalformedMailException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String reason;

    MalformedMailException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    MalformedMailException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    /** The message code of the refusal (servicedesk-mail bundle). */
    String reason() {
        return reason;
    }
}
