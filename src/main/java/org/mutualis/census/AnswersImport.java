package org.mutualis.census;

import java.util.List;

/**
 * The outcome of reading an answers file: all of it, or none of it with every problem found, so
 * that a file is corrected and imported again rather than half imported.
 */
public sealed interface AnswersImport {

    boolean isOk();

    /** @throws IllegalStateException when the file was rejected */
    List<ImportedResponse> responses();

    /** Empty when the file was accepted. */
    List<ImportProblem> problems();

    record Accepted(List<ImportedResponse> responses) implements AnswersImport {

        public Accepted {
            responses = List.copyOf(responses);
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public List<ImportProblem> problems() {
            return List.of();
        }
    }

    record Rejected(List<ImportProblem> problems) implements AnswersImport {

        public Rejected {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejected import needs at least one problem");
            }
            problems = List.copyOf(problems);
        }

        @Override
        public boolean isOk() {
            return false;
        }

        @Override
        public List<ImportedResponse> responses() {
            throw new IllegalStateException("The file was rejected: " + problems.size() + " problem(s)");
        }
    }
}
