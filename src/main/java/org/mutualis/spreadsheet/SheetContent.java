package org.mutualis.spreadsheet;

import java.util.List;

/**
 * A sheet to write: its name and its rows of cells, the header included.
 *
 * @param choices drop-down lists on the data rows of some columns
 * @param hidden whether the sheet is hidden: data for the software reading the file back, not for
 *     the person filling it in
 */
public record SheetContent(String name, List<List<GridCell>> rows, List<ColumnChoices> choices, boolean hidden) {

    /** Rows the drop-down lists cover at least, so that rows added by hand get them too. */
    static final int MIN_VALIDATED_ROWS = 500;

    public SheetContent {
        rows = rows.stream().map(List::copyOf).toList();
        choices = List.copyOf(choices);
    }

    public SheetContent(String name, List<List<GridCell>> rows) {
        this(name, rows, List.of(), false);
    }

    /** The 1-based last row the drop-down lists cover. */
    int validatedRows() {
        return Math.max(rows.size(), MIN_VALIDATED_ROWS);
    }
}
