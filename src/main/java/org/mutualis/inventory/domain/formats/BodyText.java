package org.mutualis.inventory.domain.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text of a decoded body or file: UTF-8 with or without its BOM, the encoding an XML
 * declaration names, and ISO-8859-1 for bodies that are not valid UTF-8 (old Windows agents send
 * Latin-1 under a UTF-8 declaration; GLPI re-reads them the same way).
 */
final class BodyText {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

    private BodyText() {}

    /** The index of the first byte that is neither a UTF-8 BOM nor white space. */
    static int start(byte[] bytes) {
        int i = hasBom(bytes) ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i;
    }

    /** The text from the first significant character on (no BOM, no leading white space). */
    static String text(byte[] bytes) {
        int start = start(bytes);
        Charset declared = declared(bytes, start);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, start, bytes.length - start, declared);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The charset an XML declaration names, when it is a single-byte or UTF-8 one Java knows. */
    private static @Nullable Charset declared(byte[] bytes, int start) {
        if (start >= bytes.length || bytes[start] != '<') {
            return null;
        }
        String head = new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(matcher.group(1));
            // A UTF-16 declaration on bytes read as ASCII so far cannot be right: keep to UTF-8.
            return charset.newEncoder().maxBytesPerChar() <= 1.0f ? charset : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
