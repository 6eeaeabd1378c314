package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;

/** Yes/no and choice indicators counted per value, and indicators by stratum, on a small territory. */
class ChoicesTests {

    static final IndicatorSpec SERVERS =
            new IndicatorSpec("servers", "Serveurs", "serveurs", Aggregation.COUNT, null, null, null, null);
    static final IndicatorSpec NAS =
            new IndicatorSpec("backup_nas", "Sauvegarde sur NAS", "", Aggregation.YES_NO, null, null, null, null);
    static final IndicatorSpec FREQUENCY = new IndicatorSpec(
                    "backup_frequency", "Fréquence", "", Aggregation.CHOICE, null, null, null, null)
            .withChoices(List.of("daily", "weekly", "monthly", "none"));

    private final Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
    private List<Exclusion> exclusions = List.of();

    /**
     * Six small communes (three answer: weight 2), two big ones (both answer: weight 1) and the
     * EPCI, which does not answer.
     */
    private Synthesis synthesise() {
        answer("s0", "oui", AnswerValue.of(1), "weekly");
        answer("s1", "non", AnswerValue.nc(), "daily");
        answers.put("s2", row(AnswerValue.nc(), AnswerValue.of(0), new AnswerValue.Text("weekly")));
        answer("b0", "oui", AnswerValue.of(3), "daily");
        answers.put("b1", row(new AnswerValue.Text("oui"), AnswerValue.of(2), new AnswerValue.Text("hourly")));
        List<AnalysisUnit> units = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            units.add(new AnalysisUnit("s" + i, "Petite " + i, CollectivityKind.COMMUNE, 500));
        }
        units.add(new AnalysisUnit("b0", "Grande 0", CollectivityKind.COMMUNE, 2000));
        units.add(new AnalysisUnit("b1", "Grande 1", CollectivityKind.COMMUNE, 2000));
        units.add(new AnalysisUnit("epci", "Communauté", CollectivityKind.EPCI, null));
        return SynthesisEngine.synthesise(new AnalysisRequest(
                units,
                answers,
                List.of(SERVERS, NAS, FREQUENCY),
                List.of(),
                List.of(),
                new StratumBands(List.of(1000), List.of(BigDecimal.valueOf(8), BigDecimal.valueOf(5)), BigDecimal.ONE),
                exclusions));
    }

    private void answer(String code, String nas, AnswerValue servers, String frequency) {
        answers.put(code, row(new AnswerValue.Text(nas), servers, new AnswerValue.Text(frequency)));
    }

    private static Map<String, AnswerValue> row(AnswerValue nas, AnswerValue servers, AnswerValue frequency) {
        Map<String, AnswerValue> row = new LinkedHashMap<>();
        row.put("backup_nas", nas);
        row.put("servers", servers);
        row.put("backup_frequency", frequency);
        return row;
    }

    @Test
    void yesNoIsCountedRawAndExtrapolatedWithTheStratumWeightsNcLeftOut() {
        ChoiceResult nas = synthesise().choice("backup_nas").orElseThrow();

        assertThat(nas.rows()).extracting(ChoiceRow::value).containsExactly("oui", "non");
        assertThat(nas.respondents()).isEqualTo(4);
        assertThat(nas.notCommunicated()).containsExactly("s2");
        ChoiceRow yes = nas.row("oui").orElseThrow();
        assertThat(yes.raw().value()).isEqualByComparingTo("3");
        assertThat(yes.raw().method()).isEqualTo(Method.CHOICE_COUNT);
        assertThat(yes.extrapolated().value()).isEqualByComparingTo("4");
        assertThat(yes.extrapolated().formula()).isEqualTo("2×1 + 2");
        assertThat(yes.extrapolated().method()).isEqualTo(Method.CHOICE_EXTRAPOLATED);
        assertThat(yes.extrapolated().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsExactly("s0", "b0", "b1");
        assertThat(yes.extrapolated().notes())
                .extracting(FigureNote::kind)
                .contains(FigureNote.Kind.NOT_COMMUNICATED, FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT);
        assertThat(yes.rawPercent()).isEqualByComparingTo("75");
        assertThat(yes.extrapolatedPercent()).isEqualByComparingTo("66.67");
        assertThat(yes.extrapolatedShare().formula()).isEqualTo("4 ÷ 6 × 100");
        assertThat(yes.extrapolatedShare().method()).isEqualTo(Method.CHOICE_SHARE);
        ChoiceRow no = nas.row("non").orElseThrow();
        assertThat(no.raw().value()).isEqualByComparingTo("1");
        assertThat(no.extrapolated().value()).isEqualByComparingTo("2");
        assertThat(no.extrapolatedPercent()).isEqualByComparingTo("33.33");
    }

    @Test
    void choicesFollowTheIndicatorOrderAnswersOutsideLastAndSharesAddTo100() {
        ChoiceResult frequency = synthesise().choice("backup_frequency").orElseThrow();

        assertThat(frequency.rows())
                .extracting(ChoiceRow::value)
                .containsExactly("daily", "weekly", "monthly", "none", "hourly");
        assertThat(frequency.rows())
                .extracting(r -> r.raw().value().toPlainString())
                .containsExactly("2", "2", "0", "0", "1");
        assertThat(frequency.rows())
                .extracting(r -> r.extrapolated().value().toPlainString())
                .containsExactly("3", "4", "0", "0", "1");
        assertThat(frequency.rows().get(2).extrapolated().formula()).isEqualTo("0");
        BigDecimal raw = frequency.rows().stream().map(ChoiceRow::rawPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal extrapolated =
                frequency.rows().stream().map(ChoiceRow::extrapolatedPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(raw).isEqualByComparingTo("100");
        assertThat(extrapolated).isEqualByComparingTo("100");
        assertThat(frequency.row("weekly").orElseThrow().extrapolatedPercent()).isEqualByComparingTo("50");
    }

    @Test
    void anExcludedOrNumericAnswerIsLeftOut() {
        exclusions = List.of(new Exclusion("b1", "backup_nas", "NAS prêté"));
        answers.put("s3", row(AnswerValue.of(1), AnswerValue.of(0), new AnswerValue.Text("daily")));

        ChoiceResult nas = synthesise().choice("backup_nas").orElseThrow();

        assertThat(nas.excluded()).containsExactly("b1");
        assertThat(nas.unanswered()).containsExactly("s3");
        assertThat(nas.respondents()).isEqualTo(3);
        assertThat(nas.row("oui").orElseThrow().raw().value()).isEqualByComparingTo("2");
    }

    @Test
    void countsByStratumAddUpToTheTotals() {
        Synthesis s = synthesise();
        StratumBreakdown servers = s.byStratum("servers", null).orElseThrow();

        assertThat(servers.cells()).extracting(StratumCell::stratumCode).containsExactly("band-0", "band-1", "epci");
        assertThat(servers.cells()).extracting(StratumCell::respondents).containsExactly(2, 2, 0);
        assertThat(servers.cells())
                .extracting(c -> c.raw().value().toPlainString())
                .containsExactly("1", "5", "0");
        assertThat(servers.cells())
                .extracting(c -> c.extrapolated().value().toPlainString())
                .containsExactly("2", "5", "0");
        assertThat(servers.cells().get(0).extrapolated().formula()).isEqualTo("2×1");
        assertThat(servers.cells().get(0).raw().notes())
                .extracting(FigureNote::collectivityCode)
                .containsExactly("s1");
        assertThat(servers.cells().get(2).extrapolated().notes())
                .extracting(FigureNote::kind)
                .containsExactly(FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT);
        assertThat(s.count("servers").orElseThrow().extrapolated().value()).isEqualByComparingTo("7");
    }

    @Test
    void choiceValuesByStratumAddUpToTheValueCounts() {
        Synthesis s = synthesise();
        StratumBreakdown yes = s.byStratum("backup_nas", "oui").orElseThrow();

        assertThat(yes.cells()).extracting(StratumCell::respondents).containsExactly(2, 2, 0);
        assertThat(yes.cells()).extracting(c -> c.raw().value().toPlainString()).containsExactly("1", "2", "0");
        assertThat(yes.cells())
                .extracting(c -> c.extrapolated().value().toPlainString())
                .containsExactly("2", "2", "0");
        assertThat(s.byStratum())
                .extracting(b -> b.indicator().code() + ":" + b.value())
                .containsExactly(
                        "servers:null",
                        "backup_nas:oui",
                        "backup_nas:non",
                        "backup_frequency:daily",
                        "backup_frequency:weekly",
                        "backup_frequency:monthly",
                        "backup_frequency:none",
                        "backup_frequency:hourly");
    }
}
