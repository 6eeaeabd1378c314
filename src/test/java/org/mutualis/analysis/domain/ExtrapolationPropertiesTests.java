package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mutualis.analysis.domain.GeneratedTerritory.DESKTOPS;
import static org.mutualis.analysis.domain.GeneratedTerritory.OS_A;
import static org.mutualis.analysis.domain.GeneratedTerritory.OS_B;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualis.shared.AnswerValue;

/** Properties of extrapolation, shares and renewals on random territories. */
class ExtrapolationPropertiesTests {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    @Provide
    Arbitrary<GeneratedTerritory> everybodyAnswers() {
        return GeneratedTerritory.any(100, 0);
    }

    @Provide
    Arbitrary<GeneratedTerritory> numericAnswers() {
        return GeneratedTerritory.any(50, 0);
    }

    @Provide
    Arbitrary<GeneratedTerritory> anyTerritory() {
        return GeneratedTerritory.any(40, 0.2);
    }

    @Property
    void whenEverybodyAnswersExtrapolatedEqualsRaw(@ForAll("everybodyAnswers") GeneratedTerritory t) {
        Synthesis s = SynthesisEngine.synthesise(t.request());
        assertThat(s.strata())
                .allSatisfy(stratum -> assertThat(stratum.weight()).isEqualByComparingTo("1"));
        for (CountResult count : s.counts()) {
            assertThat(count.extrapolated().value())
                    .isEqualByComparingTo(count.raw().value());
        }
    }

    @Property
    void extrapolatedTotalIsMembersTimesTheStratumMean(@ForAll("numericAnswers") GeneratedTerritory t) {
        Synthesis s = SynthesisEngine.synthesise(t.request());
        BigDecimal expected = BigDecimal.ZERO;
        for (Stratum stratum : s.strata()) {
            if (stratum.respondents() == 0) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String code : stratum.respondentCodes()) {
                sum = sum.add(numeric(t.answers().get(code).get(DESKTOPS)));
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(stratum.respondents()), 20, RoundingMode.HALF_UP);
            expected = expected.add(mean.multiply(BigDecimal.valueOf(stratum.members())));
        }
        BigDecimal actual = s.count(DESKTOPS).orElseThrow().extrapolated().value();
        assertThat(actual.subtract(expected).abs()).isLessThanOrEqualTo(TOLERANCE);
    }

    @Property
    void sharesOfAGroupAddUpTo100(@ForAll("anyTerritory") GeneratedTerritory t) {
        ShareGroupResult os =
                SynthesisEngine.synthesise(t.request()).shareGroup("os").orElseThrow();
        BigDecimal slack =
                new BigDecimal("0.01").multiply(BigDecimal.valueOf(os.rows().size()));
        if (os.rawTotal().value().signum() > 0) {
            BigDecimal raw = os.rows().stream().map(ShareRow::rawPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(raw.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(slack);
        }
        if (os.extrapolatedTotal().value().signum() > 0) {
            BigDecimal extrapolated =
                    os.rows().stream().map(ShareRow::extrapolatedPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(extrapolated.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(slack);
        } else {
            assertThat(os.rows())
                    .allSatisfy(r -> assertThat(r.extrapolatedPercent()).isZero());
        }
    }

    @Property
    void ncCountsLikeNoAnswerInTotals(@ForAll("anyTerritory") GeneratedTerritory t) {
        Map<String, Map<String, AnswerValue>> withoutNc = t.copyOfAnswers();
        withoutNc.values().forEach(row -> row.values().removeIf(AnswerValue::isNotCommunicated));
        Synthesis withNc = SynthesisEngine.synthesise(t.request());
        Synthesis removed = SynthesisEngine.synthesise(t.request(withoutNc));
        for (CountResult count : withNc.counts()) {
            CountResult other = removed.count(count.indicator().code()).orElseThrow();
            assertThat(count.raw().value()).isEqualByComparingTo(other.raw().value());
            assertThat(count.extrapolated().value())
                    .isEqualByComparingTo(other.extrapolated().value());
            assertThat(count.extrapolated().formula())
                    .isEqualTo(other.extrapolated().formula());
        }
    }

    @Property
    void aNewRespondentAnsweringZeroLeavesTheRawTotal(@ForAll("anyTerritory") GeneratedTerritory t) {
        String newcomer = t.units().stream()
                .map(AnalysisUnit::code)
                .filter(code -> !t.answers().containsKey(code))
                .findFirst()
                .orElse(null);
        if (newcomer == null) {
            return;
        }
        Map<String, Map<String, AnswerValue>> more = t.copyOfAnswers();
        Map<String, AnswerValue> zeros = new HashMap<>();
        zeros.put(DESKTOPS, AnswerValue.of(0));
        zeros.put(OS_A, AnswerValue.of(0));
        zeros.put(OS_B, AnswerValue.of(0));
        more.put(newcomer, zeros);
        Synthesis before = SynthesisEngine.synthesise(t.request());
        Synthesis after = SynthesisEngine.synthesise(t.request(more));
        for (CountResult count : before.counts()) {
            assertThat(after.count(count.indicator().code()).orElseThrow().raw().value())
                    .isEqualByComparingTo(count.raw().value());
        }
    }

    @Property
    void aStratumWithoutRespondentIsWarnedAboutNotFatal(@ForAll("anyTerritory") GeneratedTerritory t) {
        assertThatCode(() -> SynthesisEngine.synthesise(t.request())).doesNotThrowAnyException();
        Synthesis s = SynthesisEngine.synthesise(t.request());
        List<String> empty = s.strata().stream()
                .filter(st -> st.respondents() == 0)
                .map(Stratum::code)
                .toList();
        List<String> warned = s.warnings().stream()
                .filter(w -> w.kind() == DataWarning.Kind.STRATUM_WITHOUT_RESPONDENT)
                .map(DataWarning::subject)
                .toList();
        assertThat(warned).containsExactlyElementsOf(empty);
        assertThat(s.strata())
                .filteredOn(st -> st.respondents() == 0)
                .allSatisfy(st -> assertThat(st.weight()).isNull());
        List<String> noted = s.count(DESKTOPS).orElseThrow().extrapolated().notes().stream()
                .filter(n -> n.kind() == FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT)
                .map(FigureNote::subject)
                .toList();
        assertThat(noted).containsExactlyElementsOf(empty);
    }

    @Property
    void renewalScalesLinearlyWithCounts(
            @ForAll("anyTerritory") GeneratedTerritory t, @ForAll @IntRange(min = 0, max = 20) int factor) {
        Map<String, Map<String, AnswerValue>> scaled = t.copyOfAnswers();
        for (Map<String, AnswerValue> row : scaled.values()) {
            if (row.get(DESKTOPS) instanceof AnswerValue.Numeric n) {
                row.put(DESKTOPS, new AnswerValue.Numeric(n.value().multiply(BigDecimal.valueOf(factor))));
            }
        }
        BigDecimal base = SynthesisEngine.synthesise(t.request())
                .renewal("desktops")
                .orElseThrow()
                .unitsPerYear()
                .value();
        BigDecimal times = SynthesisEngine.synthesise(t.request(scaled))
                .renewal("desktops")
                .orElseThrow()
                .unitsPerYear()
                .value();
        assertThat(times.subtract(base.multiply(BigDecimal.valueOf(factor))).abs())
                .isLessThanOrEqualTo(TOLERANCE);
    }

    @Property
    void theSameRequestGivesTheSameSynthesis(@ForAll("anyTerritory") GeneratedTerritory t) {
        assertThat(SynthesisEngine.synthesise(t.request())).isEqualTo(SynthesisEngine.synthesise(t.request()));
    }

    private static BigDecimal numeric(AnswerValue value) {
        return ((AnswerValue.Numeric) value).value();
    }
}
