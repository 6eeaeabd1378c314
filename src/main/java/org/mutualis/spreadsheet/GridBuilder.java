package org.mutualis.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows while a file is parsed and enforces the limits as it goes, repeats counted before
 * anything is expanded, so that a hostile file is refused before it fills the memory. Blank rows
 * and trailing blank cells are dropped: spreadsheets often carry thousands of formatted but empty
 * ones, and LibreOffice repeats an empty cell to the sheet's last column. A repeated row is kept
 * once: its copies share the one list of cells.
 *
 * <p>The cells of every sheet of one file count against one budget ({@link #nextSheet}).
 */
final class GridBuilder {

    /** The cells kept so far in the file, every sheet included. */
    private static final class Budget {
        long cells;
    }

    private final GridLimits limits;
    private final String sheet;
    private final Budget budget;
    private final List<SheetGrid.Row> rows = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private int pendingBlanks;
    private long rowNumber = 1;

    GridBuilder(GridLimits limits, String sheet) {
        this(limits, sheet, new Budget());
    }

    private GridBuilder(GridLimits limits, String sheet, Budget budget) {
        this.limits = limits;
        this.sheet = sheet;
        this.budget = budget;
    }

    /** The builder of the file's next sheet, sharing this one's cell budget. */
    GridBuilder nextSheet(String name) {
        return new GridBuilder(limits, name, budget);
    }

    /** Starts a row: the 1-based number the user sees. */
    void row(long number) {
        rowNumber = Math.max(1, number);
        cells.clear();
        pendingBlanks = 0;
    }

    /**
     * Adds a cell to the current row, {@code times} times (ODS repeats cells). Refused before
     * anything is added when the text is too long, or the row or the file would pass its limit.
     */
    void cell(String text, long times) throws SpreadsheetException {
        int column = cells.size() + pendingBlanks; // 0-based, where this cell starts
        if (text.isEmpty()) {
            // Blank cells only matter if something follows them; a repeat count of 16384 is common.
            pendingBlanks = (int) Math.min((long) pendingBlanks + times, limits.maxColumns() + 1L);
            return;
        }
        if (text.length() > limits.maxCellChars()) {
            throw refusal(column, "spreadsheet.upload.cell.long", Uploads.grouped(limits.maxCellChars()));
        }
        if (column + times > limits.maxColumns()) {
            throw refusal(
                    (int) Math.min(Math.max(column, limits.maxColumns()), Integer.MAX_VALUE - 1),
                    "spreadsheet.upload.columns",
                    String.valueOf(limits.maxColumns()));
        }
        if (budget.cells + column + times > limits.maxCells()) {
            throw refusal(column, "spreadsheet.upload.cells", Uploads.grouped(limits.maxCells()));
        }
        for (; pendingBlanks > 0; pendingBlanks--) {
            cells.add("");
        }
        for (long i = 0; i < times; i++) {
            cells.add(text);
        }
    }

    /** Ends the current row, which is repeated {@code times} (ODS repeats rows). */
    void endRow(long times) throws SpreadsheetException {
        pendingBlanks = 0;
        if (cells.isEmpty()) {
            return;
        }
        if (rowNumber + times - 1 > limits.maxRows()) {
            throw SpreadsheetException.at(
                    sheet,
                    number(Math.max(rowNumber, limits.maxRows() + 1L)),
                    null,
                    "spreadsheet.upload.rows",
                    Uploads.grouped(limits.maxRows()));
        }
        // Counted before the repeats are kept: 1 000 cells repeated on 99 999 rows stop here.
        long added = cells.size() * times;
        if (times > limits.maxCells() || budget.cells + added > limits.maxCells()) {
            throw refusal(firstFilled(), "spreadsheet.upload.cells", Uploads.grouped(limits.maxCells()));
        }
        budget.cells += added;
        List<String> kept = List.copyOf(cells);
        for (int i = 0; i < times; i++) {
            rows.add(new SheetGrid.Row(number(rowNumber + i), kept));
        }
        cells.clear();
    }

    SheetGrid build() {
        return new SheetGrid(sheet, rows);
    }

    private int firstFilled() {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                return i;
            }
        }
        return 0;
    }

    private SpreadsheetException refusal(int column, String code, Object... args) {
        return SpreadsheetException.at(sheet, number(rowNumber), SheetGrid.columnLetter(column), code, args);
    }

    private static int number(long row) {
        return (int) Math.min(row, Integer.MAX_VALUE);
    }
}
