package org.mutualis.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.mutualis.shared.text.Text;

/** Reads untrusted uploads into memory within limits, before any parser sees them. */
final class Uploads {

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private Uploads() {}

    /** The whole stream, refused as soon as it passes {@code maxBytes}. */
    static byte[] readAll(InputStream in, long maxBytes) throws SpreadsheetException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw new SpreadsheetException("spreadsheet.upload.toolarge", megabytes(maxBytes));
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new SpreadsheetException(e, "spreadsheet.upload.unreadable");
        }
        return out.toByteArray();
    }

    /**
     * The entries of a zip, inflated, refused when their total passes the limit: the declared
     * sizes of a zip can lie, so the bytes are counted as they inflate. Only the entries named by
     * {@code keep} are kept in memory; the others are inflated to be counted, then dropped.
     */
    static Map<String, byte[]> unzip(byte[] zip, GridLimits given, String formatName, Predicate<String> keep)
            throws SpreadsheetException {
        GridLimits limits = given.inflating(zip.length);
        Map<String, byte[]> entries = new HashMap<>();
        int count = 0;
        long total = 0;
        byte[] buffer = new byte[8192];
        // Commons Compress (POI's own zip reader) rather than java.util.zip, which refuses the
        // data descriptors and Zip64 fields some spreadsheet writers (POI's SXSSF) produce.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++count > MAX_ZIP_ENTRIES) {
                    throw tooBig(limits);
                }
                boolean kept = keep.test(entry.getName());
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n; (n = in.read(buffer)) != -1; ) {
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw tooBig(limits);
                    }
                    if (kept) {
                        content.write(buffer, 0, n);
                    }
                }
                if (kept) {
                    entries.put(entry.getName(), content.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SpreadsheetException(e, "spreadsheet.upload.invalid", formatName);
        }
        if (count == 0) {
            throw new SpreadsheetException("spreadsheet.upload.invalid", formatName);
        }
        return entries;
    }

    /** Reads one entry of a zip as it inflates. */
    interface EntryReader<T> {
        T read(InputStream entry) throws SpreadsheetException;
    }

    /**
     * Hands one entry of a zip to {@code reader} as it inflates, never holding it whole: the bytes
     * of the entries before it and of the entry itself count against the inflated limit, and the
     * entry's stream fails as soon as they pass it (the file is then refused as too big, whatever
     * the reader made of the cut). Entries after it are not read.
     *
     * @param missing the message code when the zip has no such entry
     */
    static <T> T readEntry(
            byte[] zip, GridLimits given, String formatName, String name, String missing, EntryReader<T> reader)
            throws SpreadsheetException {
        GridLimits limits = given.inflating(zip.length);
        int count = 0;
        long[] total = {0};
        byte[] buffer = new byte[8192];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++count > MAX_ZIP_ENTRIES) {
                    throw tooBig(limits);
                }
                if (entry.getName().equals(name)) {
                    Inflating inflating = new Inflating(in, limits.maxUncompressedBytes(), total);
                    try {
                        return reader.read(inflating);
                    } catch (SpreadsheetException | RuntimeException e) {
                        // A bomb is said to be one, even when its first bytes already broke the reader.
                        if (inflating.exceeded || inflating.drainPastLimit(buffer)) {
                            throw tooBig(limits);
                        }
                        throw e;
                    }
                }
                for (int n; (n = in.read(buffer)) != -1; ) {
                    total[0] += n;
                    if (total[0] > limits.maxUncompressedBytes()) {
                        throw tooBig(limits);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SpreadsheetException(e, "spreadsheet.upload.invalid", formatName);
        }
        throw count == 0
                ? new SpreadsheetException("spreadsheet.upload.invalid", formatName)
                : new SpreadsheetException(missing);
    }

    /** An entry's stream that counts what it inflates, and fails past the limit. */
    private static final class Inflating extends java.io.FilterInputStream {

        private final long max;
        private final long[] total;
        boolean exceeded;

        Inflating(InputStream in, long max, long[] total) {
            super(in);
            this.max = max;
            this.total = total;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                total[0] += n;
                if (total[0] > max) {
                    exceeded = true;
                    throw new IOException("inflated past the limit");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }

        /** Inflates the rest of the entry, counting it: whether it passes the limit. */
        boolean drainPastLimit(byte[] buffer) {
            try {
                while (read(buffer, 0, buffer.length) != -1) {
                    // counted by read
                }
                return false;
            } catch (IOException e) {
                return exceeded;
            }
        }

        @Override
        public void close() {
            // The zip stream belongs to readEntry.
        }
    }

    static SpreadsheetException tooManyRows(int maxRows) {
        return new SpreadsheetException("spreadsheet.upload.rows", grouped(maxRows));
    }

    static SpreadsheetException tooManyColumns(int maxColumns) {
        return new SpreadsheetException("spreadsheet.upload.columns", String.valueOf(maxColumns));
    }

    private static SpreadsheetException tooBig(GridLimits limits) {
        return new SpreadsheetException("spreadsheet.upload.inflated", megabytes(limits.maxUncompressedBytes()));
    }

    /** {@code 100000} as {@code 100 000}, the French way, whatever the JDK's locale data. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static Text megabytes(long bytes) {
        return bytes >= 1024 * 1024
                ? Text.of("spreadsheet.size.megabytes", String.valueOf(bytes / (1024 * 1024)))
                : Text.of("spreadsheet.size.bytes", String.valueOf(bytes));
    }
}
