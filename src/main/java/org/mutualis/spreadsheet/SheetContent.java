package org.mutualis.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * A sheet to write: its name and its rows of cells, the header included.
 *
 * @param choices drop-down lists on the data rows of some columns
 * @param hidden whether the sheet is hidden: data for the software reading the file back, not for
 *     the person filling it in
 * @param widths the width of the first columns, in characters (others get the default)
 * @param hiddenColumns 0-based columns hidden from the person (codes read back by the software)
 */
public record SheetContent(
        String name,
        List<List<GridCell>> rows,
        List<ColumnChoices> choices,
        boolean hidden,
        List<Integer> widths,
        Set<Integer> hiddenColumns) {

    /** Rows the drop-down lists cover at least, so that rows added by hand get them too. */
    static final int MIN_VALIDATED_ROWS = 500;

    /** The width of a column without its own, in characters. */
    static final int DEFAULT_WIDTH = 18;

    public SheetContent {
        rows = rows.stream().map(List::copyOf).toList();
        choices = List.copyOf(choices);
        widths = List.copyOf(widths);
        hiddenColumns = Set.copyOf(hiddenColumns);
    }

    public SheetContent(String name, List<List<GridCell>> rows, List<ColumnChoices> choices, boolean hidden) {
        this(name, rows, choices, hidden, List.of(), Set.of());
    }

    public SheetContent(String name, List<List<GridCell>> rows) {
        this(name, rows, List.of(), false);
    }

    /** The width of a 0-based column, in characters. */
    int width(int column) {
        return column < widths.size() ? widths.get(column) : DEFAULT_WIDTH;
    }

    /** Whether any list covers every data row of its column (so rows added by hand get it too). */
    boolean hasColumnLists() {
        return choices.stream().anyMatch(ColumnChoices::everyRow);
    }

    /** The 1-based last row the drop-down lists cover. */
    int validatedRows() {
        return Math.max(rows.size(), MIN_VALIDATED_ROWS);
    }
}
