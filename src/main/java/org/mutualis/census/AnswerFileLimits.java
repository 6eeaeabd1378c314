package org.mutualis.census;

import org.mutualis.spreadsheet.GridLimits;

/**
 * What an answers file may weigh before it is refused unread: uploads are untrusted. The limits
 * are those of the largest campaign the application guarantees to take back what it exported
 * (docs/operations.md): {@value #MAX_COLLECTIVITIES} collectivités answering {@value
 * #MAX_FILLED_COLUMNS} columns each, every one filled — every question of the catalogue's largest
 * theme (software: 74 questions, with code, name and comment 77 columns), or of several themes
 * whose columns add up to as many. A campaign of all four catalogue themes (165 columns) is taken
 * back in full up to some 19,000 collectivités.
 *
 * <p>The sizes come from what the writers produce for such rows, measured (bytes per filled cell):
 * CSV about 6 for a number and 20 for a text-heavy theme; XLSX 6 zipped, 58 inflated; ODS 5.4
 * zipped, 120 inflated. {@link #DEFAULT_MAX_BYTES} holds the text-heavy CSV ({@code 40,000 × 80 ×
 * 20} bytes), the inflated cap the ODS ({@code × 120}, plus room); the inflated cap of a small file
 * stays small ({@link GridLimits#inflating}).
 *
 * @param maxBytes the file's size
 * @param maxRows the last row that may hold answers
 * @param maxCells the cells of the whole file, every sheet, up to the last filled one of each row
 */
public record AnswerFileLimits(long maxBytes, int maxRows, long maxCells) {

    /** The largest territory whose campaign files import back whole. */
    public static final int MAX_COLLECTIVITIES = 40_000;

    /** The filled columns a row of such a campaign's file may have, code, name and comment included. */
    public static final int MAX_FILLED_COLUMNS = 80;

    /** The bytes a filled cell may take in the wordiest format, inflated (ODS: 120 measured). */
    static final long INFLATED_BYTES_PER_CELL = 160;

    /** Room for the sheet of questions and the hidden sheet of themes beside the answers. */
    private static final long OTHER_SHEETS_CELLS = 20_000;

    public static final long DEFAULT_MAX_CELLS = (long) MAX_COLLECTIVITIES * MAX_FILLED_COLUMNS + OTHER_SHEETS_CELLS;

    /** 64 MB: a text-heavy CSV of the largest campaign; {@code spring.servlet.multipart.*} follows. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public static final int DEFAULT_MAX_ROWS = 100_000;

    public AnswerFileLimits(long maxBytes, int maxRows) {
        this(maxBytes, maxRows, DEFAULT_MAX_CELLS);
    }

    public static AnswerFileLimits defaults() {
        return new AnswerFileLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    /** The limits the spreadsheet readers apply to such a file. */
    public GridLimits grid() {
        return new GridLimits(
                maxBytes,
                Math.max(maxBytes * 5, maxCells * INFLATED_BYTES_PER_CELL),
                maxRows,
                GridLimits.DEFAULT_MAX_COLUMNS,
                maxCells,
                GridLimits.DEFAULT_MAX_CELL_CHARS);
    }
}
