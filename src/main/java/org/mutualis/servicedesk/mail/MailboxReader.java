package org.mutualis.servicedesk.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.mail.MailDispatcher.Outcome;
import org.mutualis.servicedesk.persistence.MailMessageStore;
import org.mutualis.shared.error.UnavailableException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads the centre's mailbox over IMAP: the unseen messages of the folder, oldest first, at most
 * {@code batch-size} per poll; each is taken by the {@link MailDispatcher} (its outcome recorded
 * under its Message-ID), then flagged as seen and, when {@code processed-folder} is set, moved
 * there. A message already recorded (the previous poll stopped between the two) is only flagged. A
 * message over {@code max-message-size} is refused without being downloaded. One bad message never
 * stops the others; only a mailbox or a database that cannot be reached ends the poll.
 */
@Component
public class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    /** What one poll did: how many messages had each outcome. */
    public record PollReport(Map<Outcome, Integer> outcomes) {

        public int count(Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }

        public int total() {
            return outcomes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final MailSettings settings;
    private final MailDispatcher dispatcher;
    private final MailMessageStore store;
    private final ServiceCentres centres;
    private final Territories territories;

    MailboxReader(
            MailSettings settings,
            MailDispatcher dispatcher,
            MailMessageStore store,
            ServiceCentres centres,
            Territories territories) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.store = store;
        this.centres = centres;
        this.territories = territories;
    }

    /**
     * The centre the mailbox belongs to: the centre of the territory whose EPCI has the SIREN
     * {@code territory-siren} (its latest reference year), else the centre whose mailbox is the
     * account's username.
     *
     * @throws UnavailableException when neither names a centre
     */
    public CentreView centre() {
        if (!settings.territorySiren().isEmpty()) {
            TerritorySummary territory = territories.all().stream()
                    .filter(t -> t.epciSiren().equals(settings.territorySiren()))
                    .max(Comparator.comparingInt(TerritorySummary::referenceYear))
                    .orElseThrow(
                            () -> new UnavailableException("servicedesk.mail.centre.siren", settings.territorySiren()));
            return centres.ofTerritory(territory.id());
        }
        return store.centreOfMailbox(settings.username())
                .map(centres::find)
                .orElseThrow(() -> new UnavailableException("servicedesk.mail.centre.mailbox", settings.username()));
    }

    /**
     * One poll of the mailbox.
     *
     * @throws UnavailableException when the mailbox cannot be reached or read (nothing is lost: the
     *     messages not yet flagged are read again next time)
     */
    public synchronized PollReport poll() {
        CentreView centre = centre();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Session session = Session.getInstance(properties());
        Store mailbox = null;
        Folder folder = null;
        try {
            mailbox = session.getStore(settings.protocol());
            mailbox.connect(settings.host(), settings.port(), settings.username(), settings.password());
            folder = mailbox.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.SIZE);
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add("Message-ID");
            folder.fetch(unseen, profile);
            List<Message> done = new ArrayList<>();
            for (int i = 0; i < unseen.length && i < settings.batchSize(); i++) {
                Message message = unseen[i];
                Outcome outcome = take(message, centre);
                outcomes.merge(outcome, 1, Integer::sum);
                message.setFlag(Flags.Flag.SEEN, true);
                done.add(message);
            }
            moveAway(folder, mailbox, done);
        } catch (MessagingException e) {
            log.warn("Mailbox {} could not be read: {}", settings, e.toString());
            throw new UnavailableException(
                    "servicedesk.mail.unavailable", settings.host(), String.valueOf(e.getMessage()));
        } finally {
            close(folder, mailbox);
        }
        PollReport report = new PollReport(outcomes);
        if (report.total() > 0) {
            log.info("Mailbox {}: {}", settings, outcomes);
        }
        return report;
    }

    private Outcome take(Message message, CentreView centre) throws MessagingException {
        String[] ids = message.getHeader("Message-ID");
        String messageId = ids == null || ids.length == 0 ? null : MailParser.messageId(ids[0], new byte[0]);
        if (messageId != null && dispatcher.taken(messageId)) {
            return Outcome.SKIPPED;
        }
        Instant receivedAt = message.getReceivedDate() == null
                ? null
                : message.getReceivedDate().toInstant();
        byte[] raw;
        try {
            raw = download(message);
        } catch (TooLargeException e) {
            return dispatcher
                    .tooLarge(headers(message), receivedAt, centre, message.getSize(), settings.maxMessageBytes())
                    .outcome();
        }
        try {
            return dispatcher.take(raw, receivedAt, centre).outcome();
        } catch (DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug met by this message only: recorded as failed, the others are still read.
            log.error("Mail {} not taken", messageId, e);
            return dispatcher.failed(raw, receivedAt, centre, e).outcome();
        }
    }

    private byte[] download(Message message) throws MessagingException, TooLargeException {
        long max = settings.maxMessageBytes();
        if (message.getSize() > max) {
            throw new TooLargeException();
        }
        LimitedBytes out = new LimitedBytes(max);
        try {
            message.writeTo(out);
        } catch (IOException e) {
            if (e.getCause() instanceof TooLargeException tooLarge) {
                throw tooLarge;
            }
            throw new MessagingException("message " + message.getMessageNumber() + " not downloaded", e);
        }
        return out.toByteArray();
    }

    /** The message's header block alone, as bytes the parser reads like a whole message without a body. */
    private static byte[] headers(Message message) throws MessagingException {
        StringBuilder block = new StringBuilder();
        if (message instanceof MimeMessage mime) {
            Enumeration<String> lines = mime.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                block.append(lines.nextElement()).append("\r\n");
            }
        }
        return block.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void moveAway(Folder folder, Store mailbox, List<Message> done) throws MessagingException {
        if (settings.processedFolder().isEmpty() || done.isEmpty()) {
            return;
        }
        Folder target = mailbox.getFolder(settings.processedFolder());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        Message[] messages = done.toArray(Message[]::new);
        try {
            // Angus Mail's IMAPFolder.moveMessages: MOVE (RFC 6851), or COPY + delete + expunge of these only.
            folder.getClass()
                    .getMethod("moveMessages", Message[].class, Folder.class)
                    .invoke(folder, messages, target);
        } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof MessagingException failed) {
                throw failed;
            }
            folder.copyMessages(messages, target);
            folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        String p = "mail." + settings.protocol() + ".";
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.setProperty(p + "connectiontimeout", timeout);
        properties.setProperty(p + "timeout", timeout);
        properties.setProperty(p + "writetimeout", timeout);
        // Downloading a message must not flag it as seen: only a recorded message is.
        properties.setProperty(p + "peek", "true");
        if (settings.protocol().equals("imaps")) {
            properties.setProperty(p + "ssl.checkserveridentity", "true");
        }
        properties.setProperty("mail.mime.address.strict", "true");
        return properties;
    }

    private static void close(@Nullable Folder folder, @Nullable Store mailbox) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.debug("Folder not closed cleanly", e);
        }
        try {
            if (mailbox != null) {
                mailbox.close();
            }
        } catch (MessagingException e) {
            log.debug("Mailbox not closed cleanly", e);
        }
    }

    /** Thrown by {@link LimitedBytes} past the limit. */
    private static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Bytes up to a limit: a message bigger than its announced size is not read whole into memory. */
    private static final class LimitedBytes extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        LimitedBytes(long max) {
            this.max = max;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        private void check(int more) throws IOException {
            if (bytes.size() + (long) more > max) {
                throw new IOException(new TooLargeException());
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
