package org.mutualis.servicedesk.mail;

import org.jspecify.annotations.Nullable;
import org.mutualis.census.Mails;
import org.mutualis.shared.text.BundleTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a known sender, in French, that their message was not taken and why. Sent once the
 * refusal is recorded; a mail server that fails is logged, the mailbox reader goes on.
 */
@Component
class MailRefusals {

    private static final Logger log = LoggerFactory.getLogger(MailRefusals.class);

    private final Mails mails;

    MailRefusals(Mails mails) {
        this.mails = mails;
    }

    void tell(String to, String subject, @Nullable Long ticketId, String reason, @Nullable String detail) {
        String why = BundleTexts.french(reason) + (detail == null || detail.isBlank() ? "" : "\n" + detail);
        String body = ticketId == null
                ? BundleTexts.french("servicedesk.mail.refusal.body", why)
                : BundleTexts.french("servicedesk.mail.refusal.body.reply", why, "[#" + ticketId + "]");
        String title = BundleTexts.french(
                "servicedesk.mail.refusal.subject",
                subject.isBlank() ? BundleTexts.french("servicedesk.mail.nosubject") : subject);
        try {
            mails.send(to, title, body);
        } catch (RuntimeException e) {
            log.warn("Refusal to {} not sent: {}", to, e.getMessage());
        }
    }
}
