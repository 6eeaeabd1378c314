package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/** Choice counts and figures by stratum on random territories. */
class ChoicesPropertiesTests {

    private static final IndicatorSpec BACKUP =
            new IndicatorSpec("backup", "Sauvegarde", "", Aggregation.YES_NO, null, null, null, null);
    private static final IndicatorSpec FREQUENCY = new IndicatorSpec(
                    "frequency", "Fréquence", "", Aggregation.CHOICE, null, null, null, null)
            .withChoices(List.of("a", "b", "c"));
    private static final List<String> BACKUP_ANSWERS = List.of("oui", "non", "NC", "");
    private static final List<String> FREQUENCY_ANSWERS = List.of("a", "b", "c", "NC", "");

    @Provide
    Arbitrary<GeneratedTerritory> territories() {
        return GeneratedTerritory.any(60, 0.2);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 19).list().ofSize(40);
    }

    /** The territory's answers plus a yes/no and a choice answer (or NC, or none) per respondent. */
    private static Synthesis synthesise(GeneratedTerritory t, List<Integer> picks) {
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Map<String, AnswerValue>> e : t.answers().entrySet()) {
            Map<String, AnswerValue> row = new LinkedHashMap<>(e.getValue());
            int pick = picks.get(i++ % picks.size());
            put(row, BACKUP.code(), BACKUP_ANSWERS.get(pick % BACKUP_ANSWERS.size()));
            put(row, FREQUENCY.code(), FREQUENCY_ANSWERS.get(pick % FREQUENCY_ANSWERS.size()));
            answers.put(e.getKey(), row);
        }
        AnalysisRequest base = t.request(answers);
        List<IndicatorSpec> indicators = new ArrayList<>(base.indicators());
        indicators.add(BACKUP);
        indicators.add(FREQUENCY);
        return SynthesisEngine.synthesise(new AnalysisRequest(
                base.territory(),
                answers,
                indicators,
                base.shareGroups(),
                base.renewals(),
                base.bands(),
                base.exclusions()));
    }

    private static void put(Map<String, AnswerValue> row, String code, String answer) {
        if (answer.equals("NC")) {
            row.put(code, AnswerValue.nc());
        } else if (!answer.isEmpty()) {
            row.put(code, new AnswerValue.Text(answer));
        }
    }

    @Property
    void totalsByStratumAddUpToTheTotals(
            @ForAll("territories") GeneratedTerritory t, @ForAll("picks") List<Integer> picks) {
        Synthesis s = synthesise(t, picks);
        CountResult desktops = s.count(GeneratedTerritory.DESKTOPS).orElseThrow();
        StratumBreakdown byStratum =
                s.byStratum(GeneratedTerritory.DESKTOPS, null).orElseThrow();

        assertThat(byStratum.cells()).hasSize(s.strata().size());
        assertThat(sum(byStratum, true))
                .isEqualByComparingTo(desktops.extrapolated().value());
        assertThat(sum(byStratum, false)).isEqualByComparingTo(desktops.raw().value());
        assertThat(byStratum.cells().stream().mapToInt(StratumCell::respondents).sum())
                .isEqualTo(desktops.respondents());
    }

    @Property
    void choiceValuesByStratumAddUpAndSharesMake100(
            @ForAll("territories") GeneratedTerritory t, @ForAll("picks") List<Integer> picks) {
        Synthesis s = synthesise(t, picks);
        for (ChoiceResult choice : s.choices()) {
            BigDecimal raw = BigDecimal.ZERO;
            for (ChoiceRow row : choice.rows()) {
                StratumBreakdown byStratum =
                        s.byStratum(choice.indicator().code(), row.value()).orElseThrow();
                assertThat(sum(byStratum, true))
                        .isEqualByComparingTo(row.extrapolated().value());
                assertThat(sum(byStratum, false)).isEqualByComparingTo(row.raw().value());
                raw = raw.add(row.raw().value());
            }
            assertThat(raw).isEqualByComparingTo(BigDecimal.valueOf(choice.respondents()));
            if (choice.respondents() > 0) {
                BigDecimal slack = new BigDecimal("0.01")
                        .multiply(BigDecimal.valueOf(choice.rows().size()));
                BigDecimal rawShares =
                        choice.rows().stream().map(ChoiceRow::rawPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal extrapolatedShares = choice.rows().stream()
                        .map(ChoiceRow::extrapolatedPercent)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(rawShares.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(slack);
                assertThat(extrapolatedShares.subtract(BigDecimal.valueOf(100)).abs())
                        .isLessThanOrEqualTo(slack);
            }
            int leftOut = choice.notCommunicated().size()
                    + choice.unanswered().size()
                    + choice.excluded().size();
            assertThat(choice.respondents() + leftOut).isEqualTo(t.answers().size());
        }
    }

    private static BigDecimal sum(StratumBreakdown breakdown, boolean extrapolated) {
        BigDecimal total = BigDecimal.ZERO;
        for (StratumCell cell : breakdown.cells()) {
            total = total.add(
                    extrapolated ? cell.extrapolated().value() : cell.raw().value());
        }
        return total;
    }
}
