package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2012 study's figures, recomputed from its own detail tables (PRODUCT.md, "Worked example"). */
class Study2012SynthesisTests {

    private final Synthesis synthesis = SynthesisEngine.synthesise(Study2012Fixture.request());

    @Test
    void strataFollowTheStudyRatioDeRepresentativite() {
        assertThat(synthesis.strata()).extracting(Stratum::code).containsExactly("band-0", "band-1", "band-2", "epci");
        assertThat(synthesis.strata())
                .extracting(Stratum::label)
                .containsExactly("< 1 000 hab.", "1 000 – 4 999 hab.", "≥ 5 000 hab.", "Administration de l'EPCI");
        assertThat(synthesis.strata()).extracting(Stratum::members).containsExactly(12, 15, 1, 1);
        assertThat(synthesis.strata()).extracting(Stratum::respondents).containsExactly(1, 5, 1, 1);
        assertThat(synthesis.strata())
                .extracting(s -> s.weight().toPlainString())
                .containsExactly("12", "3", "1", "1");
        assertThat(synthesis.strata().get(1).weightFigure().formula()).isEqualTo("15 ÷ 5");
        assertThat(synthesis.strata().get(1).weightFigure().method()).isEqualTo(Method.REPRESENTATIVITY_WEIGHT);
        assertThat(synthesis.strata().get(0).population()).isEqualTo(7340);
    }

    @Test
    void desktopsAndLaptopsAreExtrapolatedTo386And77() {
        CountResult desktops = synthesis.count("desktops_excl_schools").orElseThrow();
        assertThat(desktops.extrapolated().value()).isEqualByComparingTo("386");
        assertThat(desktops.extrapolated().formula())
                .contains("12×1")
                .contains("3×57")
                .isEqualTo("12×1 + 3×57 + 140 + 63");
        assertThat(desktops.extrapolated().method()).isEqualTo(Method.EXTRAPOLATED_SUM);
        assertThat(desktops.extrapolated().terms()).hasSize(8);
        assertThat(desktops.raw().value()).isEqualByComparingTo("261");
        assertThat(desktops.raw().formula()).startsWith("1 + 7 + 4 + ");
        assertThat(desktops.respondents()).isEqualTo(8);
        assertThat(synthesis
                        .count("laptops_excl_schools")
                        .orElseThrow()
                        .extrapolated()
                        .value())
                .isEqualByComparingTo("77");
    }

    @Test
    void osSharesAre31271382331Of511() {
        ShareGroupResult os = synthesis.shareGroup("os").orElseThrow();
        assertThat(os.extrapolatedTotal().value()).isEqualByComparingTo("511");
        assertThat(os.rows())
                .extracting(r -> r.totals().extrapolated().value().toPlainString())
                .containsExactly("312", "7", "138", "23", "31");
        assertThat(os.rows().get(0).extrapolatedPercent()).isEqualByComparingTo("61.06");
        assertThat(os.rows().get(2).extrapolatedPercent()).isEqualByComparingTo("27.01");
        assertThat(os.rows().get(0).extrapolatedShare().formula()).startsWith("312 ÷ 511");
        assertThat(os.rows().get(0).extrapolatedShare().method()).isEqualTo(Method.SHARE);
    }

    @Test
    void officeSharesLeaveMorlaixOpenofficeOut() {
        ShareGroupResult office = synthesis.shareGroup("office").orElseThrow();
        assertThat(office.extrapolatedTotal().value()).isEqualByComparingTo("478");
        assertThat(office.rows())
                .extracting(r -> r.totals().indicator().code())
                .containsExactly("office_2003_or_older", "office_2007", "office_2010", "openoffice");
        assertThat(office.rows())
                .extracting(r -> r.totals().extrapolated().value().toPlainString())
                .containsExactly("203", "51", "60", "164");
        BigDecimal office2007And2010 = office.rows()
                .get(1)
                .totals()
                .extrapolated()
                .value()
                .add(office.rows().get(2).totals().extrapolated().value());
        assertThat(office2007And2010).isEqualByComparingTo("111");
        assertThat(office.rows().get(0).extrapolatedPercent()).isEqualByComparingTo("42.47");
        assertThat(office.rows().get(3).extrapolatedPercent()).isEqualByComparingTo("34.31");

        CountResult openoffice = office.rows().get(3).totals();
        assertThat(openoffice.excluded()).containsExactly(MORLAIX);
        assertThat(openoffice.extrapolated().notes())
                .contains(new FigureNote(
                        FigureNote.Kind.EXCLUDED, MORLAIX, "openoffice", Study2012Fixture.MORLAIX_OPENOFFICE_REASON));
        assertThat(synthesis.exclusions())
                .containsExactlyElementsOf(Study2012Fixture.request().exclusions());
    }

    @Test
    void meanCostsAre68010And64652() {
        MeanResult desktop = synthesis.mean("avg_cost_desktop_eur_ht").orElseThrow();
        assertThat(round(desktop.simpleMean().value(), 2)).isEqualByComparingTo("680.10");
        assertThat(desktop.notCommunicated()).containsExactly(GUERLESQUIN);
        assertThat(desktop.respondents()).isEqualTo(7);
        assertThat(desktop.min().value()).isEqualByComparingTo("339.03");
        assertThat(desktop.min().terms())
                .extracting(FigureTerm::collectivityCode)
                .containsExactly(EPCI_SIREN);
        assertThat(desktop.max().value()).isEqualByComparingTo("1259.67");
        // Σ desktops × cost ÷ Σ desktops over the 7 with a cost (Guerlesquin's 4 desktops left out).
        assertThat(desktop.weightedMean().value())
                .isEqualByComparingTo(
                        new BigDecimal("125683.72").divide(new BigDecimal("257"), 10, RoundingMode.HALF_UP));

        MeanResult laptop = synthesis.mean("avg_cost_laptop_eur_ht").orElseThrow();
        assertThat(round(laptop.simpleMean().value(), 2)).isEqualByComparingTo("646.52");
        assertThat(laptop.weightedMean().method()).isEqualTo(Method.WEIGHTED_MEAN);
        assertThat(laptop.notCommunicated()).containsExactly(BOTSORHEL, GUERLESQUIN);
    }

    @Test
    void renewalIs74DesktopsAnd14LaptopsAYear() {
        RenewalResult desktops = synthesis.renewal("desktops").orElseThrow();
        assertThat(desktops.unitsPerYear().value()).isEqualByComparingTo("73.825");
        assertThat(round(desktops.unitsPerYear().value(), 1)).isEqualByComparingTo("73.8");
        assertThat(round(desktops.unitsPerYear().value(), 0)).isEqualByComparingTo("74");
        assertThat(desktops.unitsPerYear().method()).isEqualTo(Method.RENEWAL_UNITS);
        assertThat(desktops.unitsPerYear().terms().get(0).divisor()).isEqualByComparingTo("8");
        assertThat(desktops.unitsPerYear().notes())
                .contains(new FigureNote(FigureNote.Kind.DEFAULT_LIFESPAN, BOTSORHEL, "avg_lifespan_years", "8"));
        assertThat(desktops.eurosPerYear().method()).isEqualTo(Method.RENEWAL_EUROS);
        assertThat(desktops.eurosPerYear().value().scale()).isEqualTo(2);
        assertThat(desktops.eurosPerYear().value())
                .isEqualByComparingTo(new BigDecimal("73.825")
                        .multiply(new BigDecimal("4760.67").divide(BigDecimal.valueOf(7), 10, RoundingMode.HALF_UP))
                        .setScale(2, RoundingMode.HALF_UP));

        RenewalResult laptops = synthesis.renewal("laptops").orElseThrow();
        assertThat(laptops.unitsPerYear().value()).isEqualByComparingTo("13.825");
        assertThat(round(laptops.unitsPerYear().value(), 1)).isEqualByComparingTo("13.8");
        assertThat(round(laptops.unitsPerYear().value(), 0)).isEqualByComparingTo("14");
    }

    @Test
    void plougonvenOsCountIsFlaggedAndNothingElse() {
        List<DataWarning> mismatches = synthesis.warnings().stream()
                .filter(w -> w.kind() == DataWarning.Kind.SHARE_GROUP_MISMATCH)
                .toList();
        assertThat(mismatches)
                .containsExactly(new DataWarning(
                        DataWarning.Kind.SHARE_GROUP_MISMATCH, PLOUGONVEN, "os", List.of("36", "20", "1")));
        assertThat(synthesis.warnings()).hasSize(1);
    }

    @Test
    void choiceIndicatorsAreNotAddedUp() {
        assertThat(synthesis.count("maintenance_contract")).isEmpty();
        assertThat(synthesis.mean("maintenance_contract")).isEmpty();
        assertThat(synthesis.counts()).hasSize(11);
        assertThat(synthesis.means()).hasSize(3);
    }

    @Test
    void maintenanceContractIsCountedPerAnswerRawAndExtrapolated() {
        ChoiceResult maintenance = synthesis.choice("maintenance_contract").orElseThrow();
        assertThat(synthesis.choices()).hasSize(1);
        assertThat(maintenance.respondents()).isEqualTo(8);
        assertThat(maintenance.rows()).extracting(ChoiceRow::value).containsExactly("yes", "no", "partial");
        assertThat(maintenance.rows())
                .extracting(r -> r.raw().value().toPlainString())
                .containsExactly("1", "6", "1");
        // 29254 (yes) and 29191 (partial) weigh 3; the "no" are Botsorhel ×12, three ×3, Morlaix, the EPCI.
        assertThat(maintenance.rows())
                .extracting(r -> r.extrapolated().value().toPlainString())
                .containsExactly("3", "23", "3");
        assertThat(maintenance.row("no").orElseThrow().extrapolated().formula()).isEqualTo("12×1 + 3×3 + 1 + 1");
        assertThat(maintenance.rows())
                .extracting(r -> r.rawPercent().toPlainString())
                .containsExactly("12.50", "75.00", "12.50");
        assertThat(maintenance.rows())
                .extracting(r -> r.extrapolatedPercent().toPlainString())
                .containsExactly("10.34", "79.31", "10.34");
        StratumBreakdown no = synthesis.byStratum("maintenance_contract", "no").orElseThrow();
        assertThat(no.cells()).extracting(c -> c.raw().value().toPlainString()).containsExactly("1", "3", "1", "1");
        StratumBreakdown desktops =
                synthesis.byStratum("desktops_excl_schools", null).orElseThrow();
        assertThat(desktops.cells())
                .extracting(c -> c.extrapolated().value().toPlainString())
                .containsExactly("12", "171", "140", "63");
    }

    private static BigDecimal round(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }
}
