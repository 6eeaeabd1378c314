package org.mutualis.census;

import org.mutualis.shared.error.UnavailableException;

/** An e-mail could not be sent (SMTP server down, address refused), as a message code and its arguments. */
public class MailNotSentException extends UnavailableException {

    public MailNotSentException(String code, Object... args) {
        super(code, args);
    }
}
