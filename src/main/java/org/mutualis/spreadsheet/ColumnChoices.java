package org.mutualis.spreadsheet;

import java.util.List;

/**
 * The allowed answers of one column, offered as a drop-down on its data rows (every row below the
 * header) so that a choice is picked rather than typed, and a typo is caught in the spreadsheet
 * before the import has to refuse it.
 *
 * @param column 0-based
 * @param title shown with the hint and the error (the question code)
 * @param hint shown when a cell of the column is selected (the question)
 * @param values in the order they are offered
 * @param row the 0-based row of the one cell the list is on (a workbook with a question per row),
 *     or {@link #EVERY_ROW} for every data row of the column
 */
public record ColumnChoices(int column, String title, String hint, List<String> values, int row) {

    /** The list is on every data row of its column. */
    public static final int EVERY_ROW = -1;

    public ColumnChoices {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A list of choices needs at least one value");
        }
        if (row < EVERY_ROW || row == 0) {
            throw new IllegalArgumentException("A list is on a data row (1 or more), or on every row");
        }
        values = List.copyOf(values);
    }

    /** A list on every data row of the column. */
    public ColumnChoices(int column, String title, String hint, List<String> values) {
        this(column, title, hint, values, EVERY_ROW);
    }

    /** A list on the one cell at this 0-based row and column. */
    public static ColumnChoices cell(int row, int column, String title, String hint, List<String> values) {
        return new ColumnChoices(column, title, hint, values, row);
    }

    public boolean everyRow() {
        return row == EVERY_ROW;
    }

    /** The error shown when a typed value is not in the list. */
    public String errorFr() {
        return "Réponses acceptées : " + String.join(", ", values) + ".";
    }
}
