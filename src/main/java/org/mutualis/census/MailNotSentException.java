package org.mutualis.census;

import org.mutualis.shared.error.UnavailableException;

/** An e-mail could not be sent (SMTP server down, address refused); the message is French. */
public class MailNotSentException extends UnavailableException {

    public MailNotSentException(String message) {
        super(message);
    }
}
