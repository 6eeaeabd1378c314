package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.shared.AnswerValue;

/**
 * Places the collectivités into strata (population bands, then the EPCI administration, then
 * other bodies) and weighs each stratum by members ÷ respondents, as the study's "ratio de
 * représentativité" does.
 */
final class Representativity {

    static final String EPCI = "epci";
    static final String OTHER = "other";

    private Representativity() {}

    /** Non-empty strata in display order: band-0, band-1, ..., epci, other. */
    static List<StratumState> strata(AnalysisRequest request) {
        StratumBands bands = request.bands();
        List<Integer> thresholds = bands.thresholds();
        checkIncreasing(thresholds);
        int bandCount = thresholds.size() + 1;
        // One slot per possible stratum, filled lazily, so that empty strata are simply skipped.
        StratumState[] slots = new StratumState[bandCount + 2];
        Set<String> seen = new HashSet<>();
        for (AnalysisUnit unit : request.territory()) {
            if (!seen.add(unit.code())) {
                throw new IllegalArgumentException("collectivité listed twice in the territory: " + unit.code());
            }
            int slot = slot(unit, thresholds);
            if (slots[slot] == null) {
                slots[slot] = create(slot, bands);
            }
            StratumState stratum = slots[slot];
            stratum.members.add(unit);
            if (unit.population() != null) {
                stratum.population += unit.population();
            }
            if (request.answers().containsKey(unit.code())) {
                stratum.respondents.add(unit);
            }
        }
        List<StratumState> result = new ArrayList<>();
        for (StratumState s : slots) {
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    /** Respondents in stratum order, then territory order: the order of every term and list. */
    static List<Respondent> respondents(List<StratumState> strata, Map<String, Map<String, AnswerValue>> answers) {
        List<Respondent> result = new ArrayList<>();
        for (StratumState s : strata) {
            for (AnalysisUnit unit : s.respondents) {
                result.add(new Respondent(unit, s, answers.get(unit.code())));
            }
        }
        return result;
    }

    static Stratum toRecord(StratumState s) {
        List<FigureNote> notes = new ArrayList<>();
        if (!s.hasRespondents()) {
            notes.add(withoutRespondentNote(s));
        }
        BigDecimal weight = s.weight();
        Figure figure = new Figure(
                "stratum." + s.code + ".weight",
                weight == null ? BigDecimal.ZERO : weight,
                Method.REPRESENTATIVITY_WEIGHT,
                s.members.size() + " ÷ " + s.respondents.size(),
                List.of(),
                List.copyOf(notes),
                null);
        return new Stratum(s.code, s.label, codes(s.members), codes(s.respondents), s.population, weight, figure);
    }

    static FigureNote withoutRespondentNote(StratumState s) {
        return new FigureNote(FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT, null, s.code, s.label);
    }

    static DataWarning withoutRespondentWarning(StratumState s) {
        return new DataWarning(
                DataWarning.Kind.STRATUM_WITHOUT_RESPONDENT,
                null,
                s.code,
                List.of(s.label, String.valueOf(s.members.size())));
    }

    private static int slot(AnalysisUnit unit, List<Integer> thresholds) {
        return Strata.slot(unit.kind(), Strata.band(unit.population(), thresholds), thresholds);
    }

    private static StratumState create(int slot, StratumBands bands) {
        int bandCount = bands.thresholds().size() + 1;
        String code = Strata.code(slot, bands.thresholds());
        String label = Strata.label(slot, bands.thresholds());
        if (slot >= bandCount) {
            return new StratumState(code, label, bands.otherDefaultLifespan());
        }
        // A bands configuration with too few defaults falls back on the other bodies' default.
        List<BigDecimal> defaults = bands.defaultLifespans();
        BigDecimal lifespan = slot < defaults.size() ? defaults.get(slot) : bands.otherDefaultLifespan();
        return new StratumState(code, label, lifespan);
    }

    private static void checkIncreasing(List<Integer> thresholds) {
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i) <= thresholds.get(i - 1)) {
                throw new IllegalArgumentException("population thresholds must increase strictly: " + thresholds);
            }
        }
    }

    private static List<String> codes(List<AnalysisUnit> units) {
        List<String> codes = new ArrayList<>(units.size());
        for (AnalysisUnit u : units) {
            codes.add(u.code());
        }
        return List.copyOf(codes);
    }
}
