package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers of all respondents to one indicator, split into usable values (in respondent
 * order) and the collectivités left out, with a note for each one left out.
 */
final class Column {

    final String indicatorCode;
    final List<Respondent> respondents = new ArrayList<>();
    final List<BigDecimal> values = new ArrayList<>();
    final List<String> notCommunicated = new ArrayList<>();
    final List<String> unanswered = new ArrayList<>();
    final List<String> excluded = new ArrayList<>();
    final List<FigureNote> notes = new ArrayList<>();
    private final Map<String, BigDecimal> valueByCode = new HashMap<>();

    Column(Context context, String indicatorCode) {
        this.indicatorCode = indicatorCode;
        for (Respondent r : context.respondents) {
            Input input = context.input(r, indicatorCode);
            switch (input.kind()) {
                case VALUE:
                    respondents.add(r);
                    values.add(input.number());
                    valueByCode.put(r.code(), input.number());
                    break;
                case NOT_COMMUNICATED:
                    leaveOut(notCommunicated, FigureNote.Kind.NOT_COMMUNICATED, r, input);
                    break;
                case UNANSWERED:
                    leaveOut(unanswered, FigureNote.Kind.UNANSWERED, r, input);
                    break;
                default:
                    leaveOut(excluded, FigureNote.Kind.EXCLUDED, r, input);
                    break;
            }
        }
    }

    private void leaveOut(List<String> list, FigureNote.Kind kind, Respondent r, Input input) {
        list.add(r.code());
        notes.add(new FigureNote(kind, r.code(), indicatorCode, input.detail()));
    }

    /** The respondent's usable value, or null when it was left out. */
    @Nullable
    BigDecimal value(String collectivityCode) {
        return valueByCode.get(collectivityCode);
    }

    int size() {
        return values.size();
    }

    /** Terms without weight, as raw sums and simple means use them. */
    List<FigureTerm> unweightedTerms() {
        List<FigureTerm> terms = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Respondent r = respondents.get(i);
            terms.add(new FigureTerm(r.code(), r.name(), r.stratum().code, null, values.get(i), null));
        }
        return terms;
    }
}
