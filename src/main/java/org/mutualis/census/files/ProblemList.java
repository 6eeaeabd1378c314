package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ImportProblem;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * Collects the problems of a file, each with its place written the way the user will look for
 * it, and gives them back in reading order. A hostile or badly shifted file can produce a
 * problem per cell, so the list stops at {@link #MAX} and says how many were left out.
 */
final class ProblemList {

    static final int MAX = 1_000;

    private record Entry(int row, int column, ImportProblem problem) {}

    private final String sheet;
    private final List<Entry> entries = new ArrayList<>();
    private int leftOut;

    ProblemList(String sheet) {
        this.sheet = sheet;
    }

    /**
     * @param row 1-based, 0 for the whole file
     * @param column 0-based, -1 for a whole row
     * @param reason the sentence after the place, e.g. « « abc » n'est pas un nombre. »
     */
    void add(int row, int column, @Nullable String header, String code, Object... args) {
        add(row, column, header, Text.of(code, args));
    }

    void add(int row, int column, @Nullable String header, Text reason) {
        if (entries.size() >= MAX) {
            leftOut++;
            return;
        }
        String letter = column < 0 ? null : SheetGrid.columnLetter(column);
        entries.add(new Entry(
                row, column, new ImportProblem(sheet, row, letter, header, place(row, letter, header, reason))));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    List<ImportProblem> sorted() {
        List<ImportProblem> problems = new ArrayList<>(entries.stream()
                .sorted(Comparator.comparingInt(Entry::row).thenComparingInt(Entry::column))
                .map(Entry::problem)
                .toList());
        if (leftOut > 0) {
            problems.add(
                    new ImportProblem(sheet, 0, null, null, Text.of("census.import.leftOut", String.valueOf(leftOut))));
        }
        return problems;
    }

    private static Text place(int row, @Nullable String letter, @Nullable String header, Text reason) {
        if (row <= 0) {
            return reason;
        }
        if (letter == null) {
            return Text.of("census.import.atRow", String.valueOf(row), reason);
        }
        String named = header == null || header.isBlank() ? "" : " (" + header + ")";
        return Text.of("census.import.atCell", String.valueOf(row), letter, named, reason);
    }
}
