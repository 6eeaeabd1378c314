package org.mutualis.spreadsheet;

/**
 * What a reader accepts before refusing a file: an upload is untrusted, and a 20 MB zip may
 * inflate to gigabytes, declare a million rows, or repeat one cell a hundred million times in a
 * few bytes (ODS {@code table:number-rows-repeated} and {@code table:number-columns-repeated}).
 * Limits are counted as the file is read, repeats included, before anything is expanded.
 *
 * @param maxBytes the file size
 * @param maxUncompressedBytes the total inflated size of a zip (XLSX, ODS), at most; a small zip gets
 *     less ({@link #inflating}): {@value #MAX_INFLATION} times its size, or {@value
 *     #INFLATED_FLOOR} bytes
 * @param maxRows the last row number that may hold data
 * @param maxColumns the last column that may hold data
 * @param maxCells the cells of the whole file (every sheet) up to the last non-empty one of each
 *     row, repeats counted; blank rows and trailing blank cells cost nothing
 * @param maxCellChars the characters of one cell (32 767, as in Excel and LibreOffice)
 */
public record GridLimits(
        long maxBytes, long maxUncompressedBytes, int maxRows, int maxColumns, long maxCells, int maxCellChars) {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 100_000;
    public static final int DEFAULT_MAX_COLUMNS = 1_000;
    /** A territory's workbook holds a few hundred rows of a hundred columns; a million leaves room. */
    public static final long DEFAULT_MAX_CELLS = 1_000_000;

    public static final int DEFAULT_MAX_CELL_CHARS = 32_767;

    /**
     * How much a zip may inflate, per byte of the zip. The application's own workbooks inflate 7 to
     * 9 times (XLSX) and 17 to 22 times (ODS, whose XML is wordier); a zip bomb, a thousand times.
     */
    public static final long MAX_INFLATION = 100;

    /** What any zip may inflate to, whatever its size (within {@link #maxUncompressedBytes}). */
    public static final long INFLATED_FLOOR = 100L * 1024 * 1024;

    public static GridLimits of(long maxBytes, int maxRows) {
        // Real answer files are text-heavy XML: 5x the file size leaves room, a bomb does not fit.
        return new GridLimits(
                maxBytes,
                Math.max(maxBytes * 5, 1024 * 1024),
                maxRows,
                DEFAULT_MAX_COLUMNS,
                DEFAULT_MAX_CELLS,
                DEFAULT_MAX_CELL_CHARS);
    }

    public static GridLimits defaults() {
        return of(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    /**
     * The limits for a zip of {@code zipBytes}: it may inflate {@value #MAX_INFLATION} times, or to
     * {@value #INFLATED_FLOOR} bytes, never past {@link #maxUncompressedBytes}. A large cap serves
     * large honest files without letting a small bomb inflate to it.
     */
    public GridLimits inflating(long zipBytes) {
        long cap = Math.min(maxUncompressedBytes, Math.max(INFLATED_FLOOR, zipBytes * MAX_INFLATION));
        return new GridLimits(maxBytes, cap, maxRows, maxColumns, maxCells, maxCellChars);
    }

    /** The same limits with another cap on the cells of the file. */
    public GridLimits withMaxCells(long cells) {
        return new GridLimits(maxBytes, maxUncompressedBytes, maxRows, maxColumns, cells, maxCellChars);
    }
}
