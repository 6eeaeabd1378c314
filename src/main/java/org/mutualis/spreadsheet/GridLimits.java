package org.mutualis.spreadsheet;

/**
 * What a reader accepts before refusing a file: an upload is untrusted, and a 20 MB zip may
 * inflate to gigabytes, declare a million rows, or repeat one cell a hundred million times in a
 * few bytes (ODS {@code table:number-rows-repeated} and {@code table:number-columns-repeated}).
 * Limits are counted as the file is read, repeats included, before anything is expanded.
 *
 * @param maxBytes the file size
 * @param maxUncompressedBytes the total inflated size of a zip (XLSX, ODS)
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

    /** The same limits with another cap on the cells of the file. */
    public GridLimits withMaxCells(long cells) {
        return new GridLimits(maxBytes, maxUncompressedBytes, maxRows, maxColumns, cells, maxCellChars);
    }
}
