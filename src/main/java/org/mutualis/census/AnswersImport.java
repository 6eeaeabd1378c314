package org.mutualis.census;

import java.util.List;
import java.util.Map;

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

    /**
     * The collectivités' names as the file writes them beside their codes, by code (not read
     * back as data: compared with the territory's, so that a row whose name is another
     * collectivité's is flagged); empty when the file names none.
     */
    default Map<String, String> writtenNames() {
        return Map.of();
    }

    /**
     * @param layout how the file was laid out: one row per collectivité, or one question per row
     */
    record Accepted(List<ImportedResponse> responses, Map<String, String> writtenNames, Layout layout)
            implements AnswersImport {

        public Accepted {
            responses = List.copyOf(responses);
            writtenNames = Map.copyOf(writtenNames);
        }

        public Accepted(List<ImportedResponse> responses) {
            this(responses, Map.of(), Layout.ROWS);
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

    /** The two layouts of a file: one row per collectivité (machines), one question per row (people). */
    enum Layout {
        ROWS,
        VERTICAL
    }
}
