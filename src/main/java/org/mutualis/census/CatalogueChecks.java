package org.mutualis.census;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mutualis.shared.Aggregation;

/** Consistency rules of the catalogue files, checked once at load time. */
final class CatalogueChecks {

    private CatalogueChecks() {}

    static void check(Questionnaire q, List<Indicator> all, List<ShareGroupDef> groups, List<RenewalDef> renewals) {
        Set<String> codes = new HashSet<>();
        for (Indicator i : all) {
            require(codes.add(i.code()), "duplicate indicator " + i.code());
            require(
                    (i.aggregation() == Aggregation.SHARE) == (i.shareGroup() != null),
                    "indicator " + i.code() + ": a share group goes with SHARE, and only with it");
            require(
                    i.aggregation() != Aggregation.CHOICE || !i.choices().isEmpty(),
                    "indicator " + i.code() + ": a CHOICE needs choices");
            require(
                    i.shareGroup() == null
                            || groups.stream().anyMatch(g -> g.code().equals(i.shareGroup())),
                    "indicator " + i.code() + ": unknown share group " + i.shareGroup());
            require(
                    i.weightIndicator() == null || isIndicator(all, i.weightIndicator()),
                    "indicator " + i.code() + ": unknown weight indicator " + i.weightIndicator());
        }
        groups.forEach(g -> g.deviceIndicators()
                .forEach(d ->
                        require(isIndicator(all, d), "share group " + g.code() + ": unknown device indicator " + d)));
        for (RenewalDef r : renewals) {
            require(
                    isIndicator(all, r.countIndicator())
                            && isIndicator(all, r.lifespanIndicator())
                            && (r.costIndicator() == null || isIndicator(all, r.costIndicator())),
                    "renewal " + r.code() + ": unknown indicator");
        }
        Set<String> questionCodes = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (Question question : q.questions()) {
            require(questionCodes.add(question.code()), "duplicate question " + question.code());
            require(positions.add(question.position()), "duplicate position " + question.position());
            require(
                    question.min() == null
                            || question.max() == null
                            || question.min().compareTo(question.max()) <= 0,
                    "question " + question.code() + ": min above max");
        }
    }

    private static boolean isIndicator(List<Indicator> all, String code) {
        return all.stream().anyMatch(i -> i.code().equals(code));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Census catalogue: " + message);
        }
    }
}
