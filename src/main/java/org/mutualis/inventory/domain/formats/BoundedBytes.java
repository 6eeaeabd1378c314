package org.mutualis.inventory.domain.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.mutualis.shared.error.RejectedException;

/**
 * Decompression that counts what it writes: past the limit it stops at once, having held no more
 * than the limit in memory, so a compression bomb (a gigabyte of zeros in a megabyte) costs a
 * megabyte of reading and nothing more.
 */
final class BoundedBytes {

    static final String TOO_LARGE = "inventory.body.tooLarge";

    static final String CORRUPT = "inventory.body.corrupt";

    private static final int CHUNK = 16 * 1024;

    private BoundedBytes() {}

    /** A zlib ({@code nowrap} false) or raw deflate ({@code nowrap} true) stream, whole. */
    static byte[] inflate(byte[] body, boolean nowrap, long maxBytes) {
        Inflater inflater = new Inflater(nowrap);
        try {
            inflater.setInput(body);
            ByteArrayOutputStream out = new ByteArrayOutputStream(initial(body.length, maxBytes));
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0) {
                    if (!inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new RejectedException(CORRUPT);
                    }
                    continue;
                }
                total += n;
                if (total > maxBytes) {
                    throw new RejectedException(TOO_LARGE, maxBytes);
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new RejectedException(CORRUPT);
        } finally {
            inflater.end();
        }
    }

    /**
     * Reads a stream to its end, or throws {@link #TOO_LARGE} once more than {@code maxBytes} came;
     * an {@link IOException} (a corrupt stream) is left to the caller.
     */
    static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new RejectedException(TOO_LARGE, maxBytes);
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static int initial(int compressed, long maxBytes) {
        // Agents' inventories shrink 6 to 12 times (XML, JSON): one buffer for most, no copy as it grows.
        long guess = Math.min((long) compressed * 8L + 64L, maxBytes);
        return (int) Math.max(64L, Math.min(guess, 1L << 20));
    }
}
