package org.mutualis.census;

import java.util.List;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/** An answers file was refused whole; every problem is listed with its sheet, row and column. */
public class ImportRejectedException extends RejectedException {

    private final List<ImportProblem> importProblems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(
                problems.stream()
                        .map(p -> Problem.of(
                                p.sheet() + (p.column() == null ? "" : "!" + p.column()) + (p.row() > 0 ? p.row() : ""),
                                p.message()))
                        .toList(),
                "census.import.rejected",
                String.valueOf(problems.size()));
        this.importProblems = List.copyOf(problems);
    }

    /** Every problem with its sheet, row, column and header, as the import pages list them. */
    public List<ImportProblem> importProblems() {
        return importProblems;
    }
}
