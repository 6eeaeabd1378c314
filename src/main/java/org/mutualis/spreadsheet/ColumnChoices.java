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
 */
public record ColumnChoices(int column, String title, String hint, List<String> values) {

    public ColumnChoices {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A list of choices needs at least one value");
        }
        values = List.copyOf(values);
    }

    /** The error shown when a typed value is not in the list. */
    public String errorFr() {
        return "Réponses acceptées : " + String.join(", ", values) + ".";
    }
}
