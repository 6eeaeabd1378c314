package org.mutualis.inventory.domain.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.RejectedException;

/**
 * An agent's HTTP body: decompressed by its content type or, when that says nothing sure
 * ({@code application/x-compress}, {@code text/plain}), by its first bytes; the decompressed size
 * counted as it grows, so a compression bomb stops at the limit. And the answer, compressed the
 * way the agent's body was (zlib at the default level: FusionInventory looks for {@code 78 9C}).
 */
public final class AgentBodies {

    private AgentBodies() {}

    /**
     * @throws org.mutualis.shared.error.RejectedException when the body cannot be decompressed, or
     *     grows past {@code maxBytes} once decompressed
     */
    public static DecodedBody decode(byte[] body, @Nullable String contentType, int maxBytes) {
        BodyEncoding encoding = declared(contentType);
        if (encoding == null) {
            encoding = sniff(body);
        } else if ((encoding == BodyEncoding.ZLIB || encoding == BodyEncoding.GZIP) && plainText(body)) {
            // Said compressed but sent plain (an agent without its compression library): no zlib or gzip
            // stream starts with < or {, so nothing is misread.
            encoding = BodyEncoding.PLAIN;
        }
        switch (encoding) {
            case ZLIB:
                return new DecodedBody(BoundedBytes.inflate(body, false, maxBytes), encoding);
            case DEFLATE:
                return new DecodedBody(BoundedBytes.inflate(body, true, maxBytes), encoding);
            case GZIP:
                return new DecodedBody(gunzip(body, maxBytes), encoding);
            default:
                if (body.length > maxBytes) {
                    throw new RejectedException(BoundedBytes.TOO_LARGE, (long) maxBytes);
                }
                return new DecodedBody(body, BodyEncoding.PLAIN);
        }
    }

    /** The answer's bytes, compressed as the agent's body was. */
    public static byte[] encode(byte[] answer, BodyEncoding encoding) {
        switch (encoding) {
            case ZLIB:
                return deflate(answer, false);
            case DEFLATE:
                return deflate(answer, true);
            case GZIP:
                ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length / 2 + 64);
                try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                    gzip.write(answer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a byte array never fails
                }
                return out.toByteArray();
            default:
                return answer.clone();
        }
    }

    /** The answer's content type for that compression, the one agents expect. */
    public static String contentType(BodyEncoding encoding, boolean json) {
        switch (encoding) {
            case ZLIB:
                return "application/x-compress-zlib";
            case GZIP:
                return "application/x-compress-gzip";
            case DEFLATE:
                return "application/x-compress-deflate";
            default:
                return json ? "application/json" : "application/xml";
        }
    }

    /** The compression a content type names for sure; null when the body must tell. */
    static @Nullable BodyEncoding declared(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        String type = contentType;
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters);
        }
        switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "application/x-compress-zlib":
            case "application/x-zlib":
                return BodyEncoding.ZLIB;
            case "application/x-compress-gzip":
            case "application/x-gzip":
            case "application/gzip":
                return BodyEncoding.GZIP;
            case "application/x-compress-deflate":
            case "application/x-deflate":
                return BodyEncoding.DEFLATE;
            case "application/json":
            case "application/xml":
            case "text/xml":
                return BodyEncoding.PLAIN;
            default:
                return null;
        }
    }

    /** zlib (78 and a valid header check), gzip (1F 8B) or plain text ({@code <}, an opening brace). */
    static BodyEncoding sniff(byte[] body) {
        if (body.length >= 2) {
            int first = body[0] & 0xFF;
            int second = body[1] & 0xFF;
            if ((first & 0x0F) == 8 && (first >> 4) <= 7 && ((first << 8) | second) % 31 == 0) {
                return BodyEncoding.ZLIB;
            }
            if (first == 0x1F && second == 0x8B) {
                return BodyEncoding.GZIP;
            }
        }
        if (plainText(body)) {
            return BodyEncoding.PLAIN;
        }
        throw new RejectedException("inventory.body.unknownEncoding");
    }

    private static boolean plainText(byte[] body) {
        int start = BodyText.start(body);
        return start < body.length && (body[start] == '<' || body[start] == '{');
    }

    private static byte[] gunzip(byte[] body, int maxBytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body), 8192)) {
            return BoundedBytes.readAll(in, maxBytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedException) {
                throw (RejectedException) e;
            }
            throw new RejectedException(BoundedBytes.CORRUPT);
        }
    }

    private static byte[] deflate(byte[] answer, boolean nowrap) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap);
        try {
            deflater.setInput(answer);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length / 2 + 64);
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
