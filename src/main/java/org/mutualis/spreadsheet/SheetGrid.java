package org.mutualis.spreadsheet;

import java.util.List;

/**
 * The first sheet of a file as texts. Empty rows are left out, so that a spreadsheet's million
 * formatted-but-empty rows cost nothing; each kept row carries its 1-based number as the user
 * sees it.
 */
public record SheetGrid(String name, List<Row> rows) {

    public SheetGrid {
        rows = List.copyOf(rows);
    }

    /** One non-empty row; cells are never null, an empty cell is {@code ""}. */
    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based column, {@code ""} past the end of the row. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The spreadsheet letter of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
