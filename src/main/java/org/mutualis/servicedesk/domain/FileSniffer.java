package org.mutualis.servicedesk.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an attached file is, from its first bytes and never from its name: PDF, PNG, JPEG, GIF,
 * plain text and CSV (valid UTF-8 without control characters, and not markup), and office documents
 * in a zip container (OpenDocument by its {@code mimetype} entry, Office Open XML by its
 * {@code [Content_Types].xml}). Everything else — executables, HTML, SVG, unknown binaries — is
 * refused (empty).
 */
public final class FileSniffer {

    /** How many zip entries are looked at before giving up on finding the container's type. */
    private static final int MAX_ENTRIES = 2000;

    private FileSniffer() {}

    /** The media type of an accepted file, or empty when the content is of a refused or unknown type. */
    public static Optional<String> mediaType(byte[] content, String filename) {
        if (content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return office(content);
        }
        return text(content, filename);
    }

    private static Optional<String> office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ENTRIES) {
                String name = entry.getName();
                if (first && name.equals("mimetype")) {
                    String type = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    if (type.startsWith("application/vnd.oasis.opendocument.") && type.matches("[a-z0-9.+\\-/]+")) {
                        return Optional.of(type);
                    }
                    return Optional.empty();
                }
                first = false;
                if (name.equals("[Content_Types].xml")) {
                    String types = new String(zip.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main")) {
                        return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                    }
                    if (types.contains("spreadsheetml.sheet.main")) {
                        return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    }
                    if (types.contains("presentationml.presentation.main")) {
                        return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                    }
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(byte[] content, String filename) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return Optional.empty();
            }
        }
        String head = text.stripLeading()
                .substring(0, Math.min(512, text.stripLeading().length()))
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<") || head.contains("<script") || head.contains("<html") || head.contains("<svg")) {
            return Optional.empty();
        }
        if (head.startsWith("#!") || head.startsWith("mz")) {
            return Optional.empty();
        }
        // The name only chooses between two texts; it never makes anything else acceptable.
        return Optional.of(filename.toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : "text/plain");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
