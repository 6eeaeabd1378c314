package org.mutualis.census;

import java.util.List;

/** An answers file was refused whole; every problem is listed with its sheet, row and column. */
public class ImportRejectedException extends CensusException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("Le fichier est refusé : rien n'a été importé (" + problems.size() + " problème(s)).");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
