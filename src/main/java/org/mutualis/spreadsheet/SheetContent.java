package org.mutualis.spreadsheet;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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
        // Streamed rows are made as they are written (a territory's export), not copied here.
        rows = rows instanceof StreamedRows
                ? rows
                : rows.stream().map(List::copyOf).toList();
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

    /**
     * Rows made one at a time as the writers reach them, in order, and dropped once written: the
     * rows of a large export are never all in memory. Every walk of the rows (one per sheet written
     * with them) asks {@code source} again.
     *
     * @param size the number of rows {@code source} gives, the header included
     * @param source a new walk of the rows each time it is asked
     */
    public static List<List<GridCell>> streamed(int size, Supplier<? extends Iterator<List<GridCell>>> source) {
        return new StreamedRows(size, source);
    }

    /** The sheet's columns: its widest row (the header, for streamed rows, which are not walked twice). */
    int columns() {
        if (rows instanceof StreamedRows) {
            return rows.isEmpty() ? 0 : rows.iterator().next().size();
        }
        return rows.stream().mapToInt(List::size).max().orElse(0);
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
