package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.analysis.Figures;

/** The statistical secret, case by case, on the study's own territory and small made-up ones. */
class StatisticalSecretTests {

    private static final String BOTSORHEL = "29014";

    @Test
    void theStudysRawTotalIsShownToBotsorhelButNotWhatMorlaixAloneInItsStratumGivesAway() {
        Synthesis full = SynthesisEngine.synthesise(Study2012Fixture.request());
        Synthesis seen = Redaction.synthesis(full, BOTSORHEL);
        CountResult desktops = seen.count("desktops_excl_schools").orElseThrow();
        assertThat(desktops.raw().value()).isEqualByComparingTo("261");
        // Extrapolated − raw, with the weights of the representativity table, would give
        // Morlaix's (and the EPCI's) answers: suppressed.
        assertThat(desktops.extrapolated().value()).isNull();
        // By stratum: Botsorhel's own stratum (it alone answered there) stays, the others go.
        assertThat(seen.byStratum("desktops_excl_schools", null).orElseThrow().cells())
                .allSatisfy(cell -> assertThat(cell.raw().value() == null)
                        .isEqualTo(!cell.stratumCode().equals("band-0")));
        // A maximum is one collectivité's value.
        MeanResult cost = seen.mean("avg_cost_desktop_eur_ht").orElseThrow();
        assertThat(cost.min().value()).isNull();
        assertThat(cost.simpleMean().value()).isNotNull();
        // The staff's figures are untouched.
        assertThat(full.count("desktops_excl_schools")
                        .orElseThrow()
                        .extrapolated()
                        .value())
                .isEqualByComparingTo("386");
    }

    @Test
    void aTotalOfTheReaderAndTwoOthersIsSuppressedAndOfThreeOthersShown() {
        assertThat(StatisticalSecret.shows(sum("me", "a", "b"), "me")).isFalse();
        assertThat(StatisticalSecret.shows(sum("me", "a", "b", "c"), "me")).isTrue();
        assertThat(StatisticalSecret.shows(sum("a", "b", "c"), "")).isTrue();
        assertThat(StatisticalSecret.shows(sum("me"), "me")).isTrue();
        assertThat(StatisticalSecret.shows(sum(), "me")).isTrue();
    }

    @Test
    void aReaderWhoAnswersForSeveralCollectivitiesCountsNoneOfThemAmongTheOthers() {
        // Two own communes and two others: the total minus the reader's two would give a pair away.
        assertThat(StatisticalSecret.shows(sum("me", "mine", "a", "b"), "me,mine"))
                .isFalse();
        assertThat(StatisticalSecret.shows(sum("me", "mine", "a", "b", "c"), "me,mine"))
                .isTrue();
        assertThat(StatisticalSecret.others(sum("me", "mine", "a"), "me,mine")).containsExactly("a");
        assertThat(StatisticalSecret.apply(sum("me", "mine", "a", "b"), "me,mine")
                        .terms())
                .extracting(FigureTerm::collectivityCode)
                .containsExactly("me", "mine");
        assertThat(StatisticalSecret.isOwn("me", "")).isFalse();
        assertThat(StatisticalSecret.isOwn("", "me")).isFalse();
    }

    @Test
    void anExtrapolationNeedsThreeOthersInEveryStratumItDrawsOn() {
        List<FigureTerm> terms = new ArrayList<>();
        for (String code : List.of("a", "b", "c", "d")) {
            terms.add(term(code, "big", "2"));
        }
        terms.add(term("m", "alone", "1"));
        Figure extrapolated = new Figure("x", BigDecimal.TEN, Method.EXTRAPOLATED_SUM, "", terms, List.of());
        assertThat(StatisticalSecret.shows(extrapolated, "me")).isFalse();
        Figure raw = new Figure(
                "r",
                BigDecimal.TEN,
                Method.RAW_SUM,
                "",
                terms.stream()
                        .map(t -> new FigureTerm(t.collectivityCode(), "", t.stratumCode(), null, t.value(), null))
                        .toList(),
                List.of());
        assertThat(StatisticalSecret.shows(raw, "me")).isTrue();
    }

    @Test
    void aChoiceTheOthersAllGaveIsSuppressed() {
        Figure yes = sum("me", "a", "b", "c");
        Figure no = sum();
        assertThat(StatisticalSecret.showsChoices(List.of(yes, no), "me")).isFalse();
        Figure split = sum("d", "e", "f");
        assertThat(StatisticalSecret.showsChoices(List.of(yes, split), "me")).isTrue();
    }

    @Test
    void aSuppressedFigureKeepsItsIdMethodAndTheReadersOwnInputsOnly() {
        Figure figure = StatisticalSecret.apply(sum("me", "a"), "me");
        assertThat(figure.value()).isNull();
        assertThat(figure.id()).isEqualTo("s");
        assertThat(figure.terms()).extracting(FigureTerm::collectivityCode).containsOnly("me");
        assertThat(figure.notes()).extracting(FigureNote::kind).containsExactly(FigureNote.Kind.SECRET);
    }

    @Test
    void everyFigureOfTheStudyIsEitherTheStaffsOrSuppressedWhoeverReads() {
        Synthesis full = SynthesisEngine.synthesise(Study2012Fixture.request());
        for (String reader : List.of(BOTSORHEL, "29151", "242900835", "29191", "")) {
            List<Figure> seen = Figures.all(Redaction.synthesis(full, reader));
            List<Figure> all = Figures.all(full);
            assertThat(seen).hasSameSizeAs(all);
            for (int i = 0; i < seen.size(); i++) {
                if (seen.get(i).value() != null) {
                    assertThat(seen.get(i).value())
                            .isEqualByComparingTo(all.get(i).value());
                }
            }
        }
    }

    private static Figure sum(String... codes) {
        List<FigureTerm> terms = new ArrayList<>();
        for (String code : codes) {
            terms.add(new FigureTerm(code, code, "band", null, BigDecimal.ONE, null));
        }
        return new Figure("s", BigDecimal.valueOf(codes.length), Method.RAW_SUM, "", terms, List.of());
    }

    private static FigureTerm term(String code, String stratum, String weight) {
        return new FigureTerm(code, code, stratum, new BigDecimal(weight), BigDecimal.ONE, null);
    }
}
