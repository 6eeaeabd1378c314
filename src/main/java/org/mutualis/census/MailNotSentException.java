package org.mutualis.census;

/** An e-mail could not be sent (SMTP server down, address refused); the message is French. */
public class MailNotSentException extends CensusException {

    public MailNotSentException(String message) {
        super(message);
    }
}
