package org.mutualis.census;

import org.mutualis.census.mail.MailOutbox;
import org.mutualis.census.mail.MailText;
import org.springframework.stereotype.Service;

/**
 * The census's outbox for other modules: one plain-text e-mail from {@code mutualis.mail.from},
 * through the same SMTP settings as the invitations (or kept by the demo's mail catcher). Callers
 * decide who may send what; this only sends.
 */
@Service
public class Mails {

    private final MailOutbox outbox;

    Mails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** @throws MailNotSentException when the server refused it or could not be reached */
    public void send(String to, String subject, String body) {
        outbox.send(to, new MailText(subject, body));
    }
}
