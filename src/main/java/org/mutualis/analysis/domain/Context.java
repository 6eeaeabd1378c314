package org.mutualis.analysis.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * The request indexed once (strata, respondents, exclusions, columns of values) so that every
 * computation is linear in the number of answers: the engine runs for every EPCI of France.
 */
final class Context {

    final AnalysisRequest request;
    final List<StratumState> strata;
    final List<Respondent> respondents;
    /** Strata with members but no respondent, whose collectivités no extrapolation can cover. */
    final List<StratumState> strataWithoutRespondent = new ArrayList<>();
    /** The request's exclusions that matched an answer, first one per answer, in request order. */
    final List<Exclusion> matchedExclusions = new ArrayList<>();

    /** collectivité code → indicator code → reason. */
    private final Map<String, Map<String, String>> exclusions = new HashMap<>();

    private final Map<String, Column> columns = new HashMap<>();

    /** respondent code → stratum, built on first use. */
    private @Nullable Map<String, StratumState> stratumByRespondent;

    Context(AnalysisRequest request) {
        this.request = request;
        this.strata = Representativity.strata(request);
        this.respondents = Representativity.respondents(strata, request.answers());
        for (StratumState s : strata) {
            if (!s.hasRespondents()) {
                strataWithoutRespondent.add(s);
            }
        }
        indexExclusions();
    }

    private void indexExclusions() {
        Map<String, Respondent> byCode = new HashMap<>();
        for (Respondent r : respondents) {
            byCode.put(r.code(), r);
        }
        for (Exclusion e : request.exclusions()) {
            Respondent r = byCode.get(e.collectivityCode());
            if (r == null || !r.answers().containsKey(e.indicatorCode())) {
                continue; // nothing to leave out: not reported as applied
            }
            Map<String, String> reasons = exclusions.computeIfAbsent(e.collectivityCode(), k -> new HashMap<>());
            if (reasons.putIfAbsent(e.indicatorCode(), e.reason()) == null) {
                matchedExclusions.add(e);
            }
        }
    }

    /** A respondent's answer to an indicator, with exclusions applied. */
    Input input(Respondent r, String indicatorCode) {
        AnswerValue answer = r.answers().get(indicatorCode);
        if (answer == null) {
            return new Input(Input.Kind.UNANSWERED, null, r.name());
        }
        String reason = exclusionReason(r.code(), indicatorCode);
        if (reason != null) {
            return new Input(Input.Kind.EXCLUDED, null, reason);
        }
        if (answer instanceof AnswerValue.Numeric n) {
            return Input.of(n.value());
        }
        if (answer instanceof AnswerValue.Text t) {
            // Text where a number is expected cannot be added up: treated as no answer, said so.
            return new Input(Input.Kind.UNANSWERED, null, r.name() + " : « " + t.value() + " »");
        }
        return new Input(Input.Kind.NOT_COMMUNICATED, null, r.name());
    }

    private @Nullable String exclusionReason(String collectivityCode, String indicatorCode) {
        Map<String, String> reasons = exclusions.get(collectivityCode);
        return reasons == null ? null : reasons.get(indicatorCode);
    }

    /** The usable values of an indicator, computed once and shared by totals, means and checks. */
    Column column(String indicatorCode) {
        Column column = columns.get(indicatorCode);
        if (column == null) {
            column = new Column(this, indicatorCode);
            columns.put(indicatorCode, column);
        }
        return column;
    }

    /** The stratum of a respondent, or null when the code is not a respondent's. */
    @Nullable
    StratumState stratumOf(String collectivityCode) {
        Map<String, StratumState> index = stratumByRespondent;
        if (index == null) {
            index = new HashMap<>();
            for (Respondent r : respondents) {
                index.put(r.code(), r.stratum());
            }
            stratumByRespondent = index;
        }
        return index.get(collectivityCode);
    }

    /** One STRATUM_WITHOUT_RESPONDENT note per empty stratum, for every extrapolated figure. */
    List<FigureNote> extrapolationNotes() {
        List<FigureNote> notes = new ArrayList<>(strataWithoutRespondent.size());
        for (StratumState s : strataWithoutRespondent) {
            notes.add(Representativity.withoutRespondentNote(s));
        }
        return notes;
    }
}
