package org.mutualis.census.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualis.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The demo's mail catcher: with {@code mutualis.mail.catcher} (on in the demo), the census e-mails
 * are not sent but kept here, the newest {@value #KEPT} in memory, and written to the log, so that
 * the invitation journey can be tried without an SMTP server. Off in production: nothing is kept.
 */
@Component
public class CaughtMails {

    /** How many messages are kept; older ones are dropped. */
    public static final int KEPT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(CaughtMails.class);
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** A message kept instead of sent, with the addresses found in its text. */
    public record CaughtMail(long number, Instant at, String from, String to, String subject, String body) {

        public List<String> links() {
            Matcher m = URL.matcher(body);
            List<String> links = new java.util.ArrayList<>();
            while (m.find()) {
                links.add(m.group());
            }
            return links;
        }

        /** Keeps the links, secrets, out of logs. */
        @Override
        public String toString() {
            return "CaughtMail[" + number + ", " + to + ", " + subject + "]";
        }
    }

    private final boolean enabled;
    private final Clock clock;
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private long next = 1;

    CaughtMails(@Value("${mutualis.mail.catcher:false}") boolean enabled, Clock clock) {
        this.enabled = enabled;
        this.clock = clock;
        if (enabled) {
            LOG.info("Mail catcher on: e-mails are kept and shown at /admin/mails, not sent by SMTP.");
        }
    }

    /** Whether e-mails are kept here rather than sent. */
    public boolean enabled() {
        return enabled;
    }

    synchronized void keep(String from, String to, MailText mail) {
        CaughtMail caught = new CaughtMail(next++, clock.instant(), from, to, mail.subject(), mail.body());
        mails.addFirst(caught);
        while (mails.size() > KEPT) {
            mails.removeLast();
        }
        // The demo's log shows the whole message, links included: it is the demo's mailbox.
        LOG.info("E-mail kept (demo, not sent) to {}: « {} »\n{}", to, mail.subject(), mail.body());
    }

    /** The kept messages, newest first: the EPCI's staff only. */
    public synchronized List<CaughtMail> all(CurrentUser by) {
        if (!by.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        return List.copyOf(mails);
    }
}
