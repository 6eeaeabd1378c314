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
    static Map<String, byte[]> unzip(byte[] zip, GridLimits limits, String formatName, Predicate<String> keep)
            throws SpreadsheetException {
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
