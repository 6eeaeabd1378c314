package org.mutualis.questionnaire.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.RenewalDef;
import org.mutualis.questionnaire.ShareGroupDef;
import org.mutualis.shared.Aggregation;

/** Consistency rules of the catalogue files, checked once at load time. */
public final class CatalogueChecks {

    private CatalogueChecks() {}

    public static void check(
            Questionnaire q, List<Indicator> all, List<ShareGroupDef> groups, List<RenewalDef> renewals) {
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
                    i.aggregation() == Aggregation.CHOICE || i.choices().isEmpty(),
                    "indicator " + i.code() + ": only a CHOICE has choices");
            require(
                    Set.copyOf(i.choices()).size() == i.choices().size(),
                    "indicator " + i.code() + ": duplicate choice");
            require(
                    i.numeric() || (i.plausibleMin() == null && i.plausibleMax() == null),
                    "indicator " + i.code() + ": a plausible range goes with numbers only");
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
        Set<String> asked = new HashSet<>();
        long ranks = q.questions().stream()
                .filter(question -> q.indicatorOf(question).aggregation() == Aggregation.RANK)
                .count();
        for (Question question : q.questions()) {
            String where = q.theme() + " v" + q.version() + ", question " + question.code();
            Indicator indicator = q.indicatorOf(question);
            require(questionCodes.add(question.code()), "duplicate question " + question.code());
            require(positions.add(question.position()), "duplicate position " + question.position());
            require(asked.add(question.indicatorCode()), where + ": indicator asked twice");
            require(
                    !question.labelFr().isBlank()
                            && !question.labelEn().isBlank()
                            && !question.helpFr().isBlank(),
                    where + ": a question needs a French label, an English label and a French help text");
            require(
                    question.min() == null
                            || question.max() == null
                            || question.min().compareTo(question.max()) <= 0,
                    "question " + question.code() + ": min above max");
            require(
                    indicator.numeric() || (question.min() == null && question.max() == null),
                    where + ": min and max go with numbers only");
            if (indicator.aggregation() == Aggregation.RANK) {
                require(
                        question.min() != null
                                && question.min().compareTo(BigDecimal.ONE) == 0
                                && question.max() != null
                                && question.max().compareTo(BigDecimal.valueOf(ranks)) == 0,
                        where + ": ranks go from 1 to the number of ranked questions (" + ranks + ")");
            }
        }
        for (ShareGroupDef g : q.shareGroups()) {
            g.deviceIndicators()
                    .forEach(d -> require(
                            asked.contains(d),
                            q.theme() + " v" + q.version() + ": share group " + g.code() + " needs its device count "
                                    + d + " asked"));
        }
    }

    /**
     * Rules between versions: a question code belongs to one theme only (a campaign's themes share
     * one namespace of answers), and keeps its indicator from one version of its theme to the next.
     */
    public static void checkAcrossVersions(List<Questionnaire> questionnaires) {
        Map<String, String> themeOfCode = new HashMap<>();
        Map<String, String> themeOfIndicator = new HashMap<>();
        Map<String, String> indicatorOfCode = new HashMap<>();
        for (Questionnaire q : questionnaires) {
            for (Question question : q.questions()) {
                String theme = themeOfCode.putIfAbsent(question.code(), q.theme());
                require(
                        theme == null || theme.equals(q.theme()),
                        "question " + question.code() + " is asked by two themes, " + theme + " and " + q.theme());
                String indicatorTheme = themeOfIndicator.putIfAbsent(question.indicatorCode(), q.theme());
                require(
                        indicatorTheme == null || indicatorTheme.equals(q.theme()),
                        "indicator " + question.indicatorCode() + " is asked by two themes, " + indicatorTheme + " and "
                                + q.theme());
                String indicator = indicatorOfCode.putIfAbsent(question.code(), question.indicatorCode());
                require(
                        indicator == null || indicator.equals(question.indicatorCode()),
                        "question " + question.code() + " answers " + indicator + " in one version of " + q.theme()
                                + " and " + question.indicatorCode() + " in another");
            }
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
