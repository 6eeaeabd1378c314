package org.mutualis.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows while a file is parsed and enforces the row and column limits as it goes, so
 * that a hostile file is refused before it fills the memory. Blank rows and trailing blank cells
 * are dropped: spreadsheets often carry thousands of formatted but empty ones.
 */
final class GridBuilder {

    private final GridLimits limits;
    private final List<SheetGrid.Row> rows = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private int pendingBlanks;

    GridBuilder(GridLimits limits) {
        this.limits = limits;
    }

    /** Adds a cell to the current row, {@code times} times (ODS repeats cells). */
    void cell(String text, long times) throws SpreadsheetException {
        if (text.isEmpty()) {
            // Blank cells only matter if something follows them; a repeat count of 16384 is common.
            pendingBlanks = (int) Math.min((long) pendingBlanks + times, limits.maxColumns() + 1L);
            return;
        }
        if (cells.size() + pendingBlanks + times > limits.maxColumns()) {
            throw Uploads.tooManyColumns(limits.maxColumns());
        }
        for (; pendingBlanks > 0; pendingBlanks--) {
            cells.add("");
        }
        for (long i = 0; i < times; i++) {
            cells.add(text);
        }
    }

    /** Ends the current row, which holds the given row number and is repeated {@code times}. */
    void endRow(int number, long times) throws SpreadsheetException {
        pendingBlanks = 0;
        if (cells.isEmpty()) {
            return;
        }
        if (number + times - 1 > limits.maxRows()) {
            throw Uploads.tooManyRows(limits.maxRows());
        }
        for (int i = 0; i < times; i++) {
            rows.add(new SheetGrid.Row(number + i, cells));
        }
        cells.clear();
    }

    SheetGrid build(String name) {
        return new SheetGrid(name, rows);
    }
}
