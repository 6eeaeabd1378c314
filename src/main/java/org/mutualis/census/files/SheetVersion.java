package org.mutualis.census.files;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * How a workbook sheet filled against one version of its theme reads in a campaign running
 * another: as the campaign's version when all its columns still exist there, the questions its
 * version did not ask being left unanswered; otherwise refused, naming the columns that are gone,
 * rather than have answers silently dropped.
 *
 * @param notAsked the campaign's questions the sheet's version did not ask: their columns may be
 *     absent, required or not
 * @param refusal why the sheet cannot be read, or null when it can
 */
record SheetVersion(Set<String> notAsked, @Nullable Text refusal) {

    static SheetVersion of(SheetGrid grid, Questionnaire q, WorkbookMeta.@Nullable Written written) {
        if (written == null || written.version() == q.version() || grid.rows().isEmpty()) {
            return new SheetVersion(Set.of(), null);
        }
        List<String> header = grid.rows().get(0).cells().stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty() && !isFixedColumn(h))
                .toList();
        List<String> gone = header.stream()
                .filter(h -> q.question(h.toLowerCase(Locale.ROOT)).isEmpty())
                .toList();
        if (gone.isEmpty()) {
            Set<String> asked = askedBy(q.theme(), written.version());
            Set<String> present =
                    header.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            Set<String> notAsked = q.questions().stream()
                    .map(Question::code)
                    .filter(code -> !present.contains(code) && (asked == null || !asked.contains(code)))
                    .collect(Collectors.toUnmodifiableSet());
            return new SheetVersion(notAsked, null);
        }
        String columns = gone.stream().map(c -> "« " + c + " »").collect(Collectors.joining(", "));
        // the column names are quoted the French way in both languages: they are codes, not words
        return new SheetVersion(
                Set.of(),
                Text.of(
                        gone.size() == 1 ? "census.import.version.column" : "census.import.version.columns",
                        grid.name(),
                        String.valueOf(written.version()),
                        Text.bilingual(q.titleFr(), q.titleEn()),
                        String.valueOf(q.version()),
                        columns));
    }

    /**
     * The questions of the sheet's version, or null when this installation's catalogue does not
     * know it: then every absent column is taken as not asked.
     */
    private static @Nullable Set<String> askedBy(String theme, int version) {
        try {
            return Catalogue.load(theme, version).questions().stream()
                    .map(Question::code)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException unknownVersion) {
            return null;
        }
    }

    private static boolean isFixedColumn(String header) {
        return switch (header.toLowerCase(Locale.ROOT)) {
            case "code", "name", "nom", "comment", "commentaire" -> true;
            default -> false;
        };
    }
}
