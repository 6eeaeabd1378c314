package org.mutualis.spreadsheet;

/**
 * What a reader accepts before refusing a file: an upload is untrusted, and a 20 MB zip may
 * inflate to gigabytes or declare a million rows.
 *
 * @param maxBytes the file size
 * @param maxUncompressedBytes the total inflated size of a zip (XLSX, ODS)
 * @param maxRows the last row number that may hold data
 * @param maxColumns the last column that may hold data
 */
public record GridLimits(long maxBytes, long maxUncompressedBytes, int maxRows, int maxColumns) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 100_000;

    public static GridLimits of(long maxBytes, int maxRows) {
        // Real answer files are text-heavy XML: 5x the file size leaves room, a bomb does not fit.
        return new GridLimits(maxBytes, Math.max(maxBytes * 5, 1024 * 1024), maxRows, 1_000);
    }

    public static GridLimits defaults() {
        return of(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }
}
