package org.mutualis.census.mail;

import org.mutualis.census.MailNotSentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends the census module's e-mails from {@code mutualis.mail.from}. A failure becomes a {@link
 * MailNotSentException} with a French message; the cause goes to the log only. In the demo ({@code
 * mutualis.mail.catcher}) they are kept by {@link CaughtMails} instead.
 */
@Component
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final String TIMEOUT_MILLIS = "20000";

    private final JavaMailSender sender;
    private final String from;
    private final CaughtMails catcher;

    MailOutbox(JavaMailSender sender, @Value("${mutualis.mail.from}") String from, CaughtMails catcher) {
        this.sender = sender;
        this.from = from;
        this.catcher = catcher;
        // JavaMail waits forever by default: a silent SMTP server would hold the page. Settings
        // given in spring.mail.properties.* win.
        if (sender instanceof JavaMailSenderImpl mail) {
            mail.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
            mail.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", TIMEOUT_MILLIS);
            mail.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        }
    }

    public void send(String to, MailText mail) {
        if (catcher.enabled()) {
            catcher.keep(from, to, mail);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.send(message);
        } catch (MailException e) {
            LOG.warn("E-mail « {} » to {} not sent: {}", mail.subject(), to, e.getMessage());
            throw new MailNotSentException("census.mail.notSent", to);
        }
    }
}
