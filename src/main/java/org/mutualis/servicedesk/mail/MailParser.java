package org.mutualis.servicedesk.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.mail.ParsedMail.Attachment;
import org.mutualis.servicedesk.mail.ParsedMail.Body;
import org.mutualis.servicedesk.mail.ParsedMail.Envelope;

/**
 * Reads a message (its raw bytes, as the IMAP server gives them) with Jakarta Mail: the envelope
 * first (Message-ID, From, subject, the ticket it names), then the body on demand. The body's text
 * is text/plain when the message has one, else its text/html turned into text ({@link HtmlText});
 * the earlier replies it quotes are trimmed ({@link QuotedReplies}); every part with a file name or
 * sent as an attachment is an attachment, its name decoded (RFC 2047 and 2231) and stripped of any
 * path. A body that cannot be read is a {@link MalformedMailException}, never a half-read text.
 */
final class MailParser {

    /** Subjects name a ticket as « [#42] ». */
    static final Pattern TICKET_REFERENCE = Pattern.compile("\\[#(\\d{1,15})\\]");

    static final int MAX_SUBJECT = 500;
    // Under the tickets' own limit on a text (20,000 characters), so that a long message is cut, not refused.
    static final int MAX_TEXT = 19_900;
    static final int MAX_FILENAME = 200;
    private static final int MAX_MESSAGE_ID = 500;
    private static final int MAX_DEPTH = 10;
    private static final int MAX_PARTS = 200;
    private static final Pattern CONTROLS =
            Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Session SESSION = Session.getInstance(properties());

    private MailParser() {}

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "true");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.decodeparameters", "true");
        properties.setProperty("mail.mime.base64.ignoreerrors", "false");
        properties.setProperty("mail.mime.multipart.allowempty", "false");
        // Headers written in raw UTF-8 (RFC 6532) rather than encoded words: read as UTF-8.
        properties.setProperty("mail.mime.allowutf8", "true");
        return properties;
    }

    /** The message's headers read; its body is read by {@link #body}. */
    static MimeMessage open(byte[] raw) throws MalformedMailException {
        try {
            return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new MalformedMailException("servicedesk.mail.malformed.headers", String.valueOf(e.getMessage()), e);
        }
    }

    /** The Message-ID of a message that has one, else a digest of its bytes (the same message gives the same). */
    static String messageId(@Nullable String header, byte[] raw) {
        String id = header == null ? "" : SPACES.matcher(header).replaceAll("").strip();
        if (id.isEmpty()) {
            return "sha256:" + sha256(raw);
        }
        return id.length() > MAX_MESSAGE_ID ? "sha256:" + sha256(id.getBytes(StandardCharsets.UTF_8)) : id;
    }

    static Envelope envelope(MimeMessage message, byte[] raw) {
        String messageId = messageId(header(message, "Message-ID"), raw);
        InternetAddress from = from(message);
        String subject = subject(message);
        Instant sentAt = null;
        try {
            var date = message.getSentDate();
            sentAt = date == null ? null : date.toInstant();
        } catch (MessagingException | RuntimeException e) {
            // An unreadable Date header: the time the server received it is used instead.
        }
        return new Envelope(
                messageId,
                from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null || from.getPersonal() == null ? null : clean(from.getPersonal(), 200),
                subject,
                sentAt,
                ticketId(subject),
                automatic(message));
    }

    /** The ticket a subject names (« Re: [#42] Imprimante »), if any. */
    static @Nullable Long ticketId(String subject) {
        Matcher matcher = TICKET_REFERENCE.matcher(subject);
        return matcher.find() ? Long.valueOf(matcher.group(1)) : null;
    }

    /**
     * The body: its text and its attachments.
     *
     * @throws MalformedMailException when its structure or an encoding is broken
     */
    static Body body(MimeMessage message) throws MalformedMailException {
        Collector collector = new Collector();
        try {
            walk(message, 0, collector);
        } catch (MessagingException e) {
            throw new MalformedMailException("servicedesk.mail.malformed.structure", String.valueOf(e.getMessage()), e);
        } catch (IOException e) {
            throw new MalformedMailException("servicedesk.mail.malformed.encoding", String.valueOf(e.getMessage()), e);
        }
        String text = collector.plain.length() > 0
                ? collector.plain.toString()
                : collector.html.length() > 0 ? HtmlText.toText(collector.html.toString()) : "";
        text = QuotedReplies.trim(
                CONTROLS.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(""));
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "\n[…]";
        }
        return new Body(text, List.copyOf(collector.attachments));
    }

    private static final class Collector {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
        int parts;
    }

    private static void walk(Part part, int depth, Collector collector)
            throws MessagingException, IOException, MalformedMailException {
        if (depth > MAX_DEPTH || ++collector.parts > MAX_PARTS) {
            throw new MalformedMailException(
                    "servicedesk.mail.malformed.parts",
                    "more than " + MAX_PARTS + " parts or " + MAX_DEPTH + " levels");
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("multipart without its parts");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1, collector);
            }
            return;
        }
        if (isSignature(part)) {
            return; // the S/MIME or OpenPGP signature of a signed message: not a file the requester sent
        }
        String filename = filename(part);
        boolean attached = filename != null || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
        if (!attached && part.isMimeType("text/plain")) {
            append(collector.plain, text(part));
        } else if (!attached && part.isMimeType("text/html")) {
            append(collector.html, text(part));
        } else if (part.isMimeType("message/rfc822") || attached) {
            String name = filename != null
                    ? filename
                    : part.isMimeType("message/rfc822")
                            ? "message-" + (collector.attachments.size() + 1) + ".eml"
                            : "piece-jointe-" + (collector.attachments.size() + 1);
            collector.attachments.add(new Attachment(name, bytes(part)));
        }
        // Anything else (an unnamed inline image, a calendar part) is not the ticket's.
    }

    private static boolean isSignature(Part part) throws MessagingException {
        return part.isMimeType("application/pkcs7-signature")
                || part.isMimeType("application/x-pkcs7-signature")
                || part.isMimeType("application/pgp-signature");
    }

    private static void append(StringBuilder to, String text) {
        if (to.length() > 0) {
            to.append("\n\n");
        }
        to.append(text);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            return new String(bytes(part), StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            // A charset nobody knows: read as UTF-8, an unreadable byte becomes "�" rather than a refusal.
            return new String(bytes(part), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static @Nullable String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The decoded file name without any directory, or null when the part has none. */
    static @Nullable String filename(Part part) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (name == null) {
            return null;
        }
        try {
            name = jakarta.mail.internet.MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // Kept as written.
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = clean(name, Integer.MAX_VALUE)
                .replace("\n", " ")
                .replace("\t", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return null;
        }
        if (name.length() > MAX_FILENAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME - extension.length()) + extension;
        }
        return name;
    }

    private static @Nullable String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first From address, when it is a well-formed address; Sender and Reply-To are not read. */
    private static @Nullable InternetAddress from(MimeMessage message) {
        String header = header(message, "From");
        if (header == null) {
            return null;
        }
        try {
            Address[] addresses = InternetAddress.parseHeader(header, false);
            if (addresses.length == 0 || !(addresses[0] instanceof InternetAddress address)) {
                return null;
            }
            if (address.isGroup()
                    || address.getAddress() == null
                    || address.getAddress().indexOf('@') < 1) {
                return null;
            }
            address.validate();
            return address;
        } catch (AddressException e) {
            return null;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null
                    ? ""
                    : clean(SPACES.matcher(subject).replaceAll(" ").strip(), MAX_SUBJECT);
        } catch (MessagingException e) {
            return "";
        }
    }

    private static boolean automatic(MimeMessage message) {
        String auto = header(message, "Auto-Submitted");
        if (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        String precedence = header(message, "Precedence");
        if (precedence != null
                && List.of("bulk", "junk", "list", "auto_reply")
                        .contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null;
    }

    private static String clean(String text, int max) {
        String cleaned = CONTROLS.matcher(text).replaceAll("");
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
