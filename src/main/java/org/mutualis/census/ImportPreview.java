package org.mutualis.census;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an answers file would change, shown before anything is written: per collectivité, a new
 * response, a changed one (which questions, old → new), or one left untouched; a validated
 * response the file would overwrite, and a name that is not the collectivité's of that code, each
 * need the analyst's explicit confirmation.
 *
 * @param token gives the uploaded file back to its confirmation (to the same user only)
 * @param layout one row per collectivité, or a question per row
 */
public record ImportPreview(
        long campaignId, String fileName, String token, AnswersImport.Layout layout, List<Entry> entries) {

    public ImportPreview {
        entries = List.copyOf(entries);
    }

    public enum Kind {
        /** No response yet: the file gives the first one. */
        NEW,
        /** Some answers (or the comment) differ from the stored response. */
        CHANGED,
        /** The file says what is already stored: nothing is written. */
        UNTOUCHED
    }

    /**
     * One answer that changes, as a person reads it.
     *
     * @param before the stored answer, empty when there was none
     * @param after the file's answer, empty when the file has none (the stored answer is removed)
     */
    public record Change(String questionCode, String label, String before, String after) {}

    /**
     * @param statusBefore where the stored response stands
     * @param version the stored response's version the import writes over
     * @param answers the number of answers the file gives the collectivité
     * @param nameInFile the name the file writes beside the code, when it is not the collectivité's
     * @param nameOwner the code of the collectivité that {@code nameInFile} names, when one does
     */
    public record Entry(
            long collectivityId,
            String code,
            String name,
            Kind kind,
            ResponseStatus statusBefore,
            long version,
            int answers,
            List<Change> changes,
            @Nullable String nameInFile,
            @Nullable String nameOwner) {

        public Entry {
            changes = List.copyOf(changes);
        }

        /** A validated response the import would change. */
        public boolean overwritesValidated() {
            return kind != Kind.UNTOUCHED && statusBefore == ResponseStatus.VALIDATED;
        }

        public boolean nameMismatch() {
            return nameInFile != null;
        }
    }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    public long overwritesValidated() {
        return entries.stream().filter(Entry::overwritesValidated).count();
    }

    public long nameMismatches() {
        return entries.stream().filter(Entry::nameMismatch).count();
    }

    /** Whether confirming writes anything at all. */
    public boolean writesSomething() {
        return entries.stream().anyMatch(e -> e.kind() != Kind.UNTOUCHED);
    }
}
