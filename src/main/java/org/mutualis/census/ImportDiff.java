package org.mutualis.census;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.files.CollectivityNames;
import org.mutualis.census.files.FrenchLabels;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.territory.CollectivityView;

/**
 * Compares a file's response with the stored one, as the preview shows it: the answers the import
 * would replace (an import replaces the whole response, so a stored answer the file leaves empty
 * is removed), in question order, and the name the file gives beside the code.
 */
final class ImportDiff {

    private final List<Questionnaire> themes;
    /** The codes of the questions the campaign asks. */
    private final Set<String> asked = new HashSet<>();

    private final List<CollectivityView> collectivities;
    /**
     * Every collectivité of the territory by its name as people compare names: made at the first
     * name that is not its code's collectivité's (most files have none, and folding a national
     * territory's names costs more than the rest of the comparison).
     */
    private @Nullable Map<String, CollectivityView> byName;

    ImportDiff(List<Questionnaire> themes, List<CollectivityView> collectivities) {
        this.themes = themes;
        this.collectivities = collectivities;
        themes.forEach(q -> q.questions().forEach(question -> asked.add(question.code())));
    }

    private Map<String, CollectivityView> byName() {
        if (byName == null) {
            Map<String, CollectivityView> names = new HashMap<>();
            collectivities.forEach(c -> names.putIfAbsent(CollectivityNames.key(c.name()), c));
            byName = names;
        }
        return byName;
    }

    ImportPreview.Entry entry(
            CollectivityView collectivity, ResponseView current, ImportedResponse row, @Nullable String nameInFile) {
        List<ImportPreview.Change> changes = new ArrayList<>();
        if (current.given()) {
            changes(current, row, changes);
        }
        ImportPreview.Kind kind = !current.given()
                ? ImportPreview.Kind.NEW
                : changes.isEmpty() ? ImportPreview.Kind.UNTOUCHED : ImportPreview.Kind.CHANGED;
        String mismatch = null;
        String owner = null;
        if (nameInFile != null
                && !nameInFile.isBlank()
                && !nameInFile.equals(collectivity.name())
                && !CollectivityNames.same(nameInFile, collectivity.name())) {
            mismatch = nameInFile;
            CollectivityView named = byName().get(CollectivityNames.key(nameInFile));
            owner = named == null ? null : named.code();
        }
        return new ImportPreview.Entry(
                collectivity.id(),
                collectivity.code(),
                collectivity.name(),
                kind,
                current.status(),
                current.version(),
                row.answers().size(),
                kind == ImportPreview.Kind.NEW ? List.of() : changes,
                mismatch,
                owner);
    }

    /** What the file changes in a given response (a new one lists none). */
    private void changes(ResponseView current, ImportedResponse row, List<ImportPreview.Change> changes) {
        Map<String, AnswerValue> before = current.answers();
        for (Questionnaire q : themes) {
            for (Question question : q.questions()) {
                AnswerValue old = before.get(question.code());
                AnswerValue now = row.answers().get(question.code());
                if (!Objects.equals(old, now)) {
                    Indicator indicator = q.indicatorOf(question);
                    changes.add(new ImportPreview.Change(
                            question.code(), question.labelFr(), shown(indicator, old), shown(indicator, now)));
                }
            }
        }
        // answers to questions the campaign no longer asks are removed too
        before.keySet().stream()
                .filter(code -> !asked.contains(code))
                .filter(code -> !row.answers().containsKey(code))
                .forEach(code -> changes.add(
                        new ImportPreview.Change(code, code, before.get(code).display(), "")));
        String oldComment = current.comment() == null ? "" : current.comment();
        String newComment = row.comment() == null ? "" : row.comment();
        if (!oldComment.equals(newComment)) {
            changes.add(new ImportPreview.Change("comment", "Commentaire", oldComment, newComment));
        }
    }

    /** An answer as the workbook shows it: French labels, French numbers; empty for none. */
    static String shown(Indicator indicator, @Nullable AnswerValue value) {
        if (value == null) {
            return "";
        }
        if (value instanceof AnswerValue.Numeric n) {
            return FrenchDecimals.format(n.value());
        }
        return FrenchLabels.label(indicator, value.display());
    }
}
