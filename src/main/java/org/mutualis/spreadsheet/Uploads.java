package org.mutualis.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

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
                    throw new SpreadsheetException(
                            "Le fichier dépasse la taille maximale acceptée (" + megabytes(maxBytes) + ").");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new SpreadsheetException("Le fichier n'a pas pu être lu.", e);
        }
        return out.toByteArray();
    }

    /**
     * The entries of a zip, inflated, refused when their total passes the limit: the declared
     * sizes of a zip can lie, so the bytes are counted as they inflate.
     */
    static Map<String, byte[]> unzip(byte[] zip, GridLimits limits, String formatName) throws SpreadsheetException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[8192];
        // Commons Compress (POI's own zip reader) rather than java.util.zip, which refuses the
        // data descriptors and Zip64 fields some spreadsheet writers (POI's SXSSF) produce.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entries.size() >= MAX_ZIP_ENTRIES) {
                    throw tooBig(limits);
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n; (n = in.read(buffer)) != -1; ) {
                    total += n;
                    if (total > limits.maxUncompressedBytes()) {
                        throw tooBig(limits);
                    }
                    content.write(buffer, 0, n);
                }
                entries.put(entry.getName(), content.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SpreadsheetException("Le fichier n'est pas un fichier " + formatName + " valide.", e);
        }
        if (entries.isEmpty()) {
            throw new SpreadsheetException("Le fichier n'est pas un fichier " + formatName + " valide.");
        }
        return entries;
    }

    static SpreadsheetException tooManyRows(int maxRows) {
        return new SpreadsheetException(
                "Le fichier dépasse le nombre maximal de lignes accepté (" + grouped(maxRows) + ").");
    }

    static SpreadsheetException tooManyColumns(int maxColumns) {
        return new SpreadsheetException(
                "Le fichier dépasse le nombre maximal de colonnes accepté (" + maxColumns + ").");
    }

    private static SpreadsheetException tooBig(GridLimits limits) {
        return new SpreadsheetException("Le fichier décompressé dépasse la taille maximale acceptée ("
                + megabytes(limits.maxUncompressedBytes()) + ") : il ne peut pas s'agir d'un questionnaire.");
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

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " Mo" : bytes + " octets";
    }
}
