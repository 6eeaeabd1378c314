package org.mutualis.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.savings.domain.CollectivityVolume;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.Offer;
import org.mutualis.savings.domain.OfferSource;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.PriceItem;
import org.mutualis.savings.domain.PriceUnit;
import org.mutualis.savings.domain.VolumeSource;

/** The study's phase 2: savings obtained after award against those expected. */
public class AssessmentEngineTests {

    static final LocalDate OFFER_DATE = LocalDate.of(2012, 3, 1);
    public static final LocalDate AWARD_DATE = LocalDate.of(2012, 9, 14);

    private final AssessmentEngine engine = AssessmentEngine.study();

    static Offer offer(String label, PriceUnit unit, Price price) {
        return new Offer(
                new PriceItem(ItemTheme.HARDWARE, label, unit),
                "UGAP",
                OfferSource.CENTRAL_PURCHASING_BODY,
                price,
                OFFER_DATE,
                OFFER_DATE.plusYears(1),
                List.of("garantie 5 ans"));
    }

    static CollectivityVolume volume(String code, String name, String price, String volume, VolumeSource source) {
        return new CollectivityVolume(code, name, 3_000, Price.ht(price), new BigDecimal(volume), source);
    }

    /** Desktops: today 680.10 € HT each, expected 600, awarded 580, for 12 and 3 PCs. */
    public static AssessedItem desktops(String awarded) {
        return new AssessedItem(
                offer("Poste fixe", PriceUnit.PER_UNIT, Price.ht("600")),
                new AssessmentAward("Dell", Price.ht(awarded), AWARD_DATE),
                List.of(
                        volume(MORLAIX, "Morlaix", "680.10", "12", VolumeSource.DECLARED),
                        volume("29105", "Locquénolé", "680.10", "3", VolumeSource.EXTRAPOLATED)),
                48);
    }

    public static AssessedItem lines(boolean awarded) {
        return new AssessedItem(
                offer("Ligne fixe", PriceUnit.PER_MONTH, Price.ht("7.35")),
                awarded ? new AssessmentAward("Orange", Price.ht("7.00"), AWARD_DATE) : null,
                List.of(
                        volume(MORLAIX, "Morlaix", "12.27", "10", VolumeSource.DECLARED),
                        volume("29105", "Locquénolé", "12.27", "2", VolumeSource.EXTRAPOLATED)),
                36);
    }

    @Test
    void desktopsAwardedBelowTheOfferSaveMoreThanExpected() {
        Assessment assessment = engine.assess(List.of(desktops("580")));

        AssessmentLine morlaix = assessment.items().get(0).lines().get(0);
        assertThat(morlaix.currentPrice().amount()).isEqualByComparingTo("680.10");
        assertThat(morlaix.expectedPrice().amount()).isEqualByComparingTo("600");
        assertThat(morlaix.obtainedPrice())
                .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo("580"));
        assertThat(morlaix.expected().oneOff().value()).isEqualByComparingTo("961.20");
        assertThat(morlaix.expected().oneOff().formula().french())
                .isEqualTo("(680.10 − 600) × 12 = 961.20 € HT une fois");
        assertThat(morlaix.obtained().oneOff().value()).isEqualByComparingTo("1201.20");
        assertThat(morlaix.obtained().oneOff().formula().french())
                .isEqualTo("(680.10 − 580) × 12 = 1201.20 € HT une fois");
        assertThat(morlaix.gap().oneOff().value()).isEqualByComparingTo("240.00");
        assertThat(morlaix.gap().oneOff().formula().french())
                .isEqualTo("obtenue − attendue = 1201.20 − 961.20 = 240.00 € HT une fois");
        assertThat(morlaix.gap().oneOff().notes().stream().map(n -> n.french()).toList())
                .anyMatch(n -> n.contains("supérieure de 240.00 € HT"));
        assertThat(morlaix.expected().perYear().value()).isZero();
        assertThat(morlaix.expected().oneOff().id()).isEqualTo("assessment.expected.one_off");

        AssessmentTotals total = assessment.total();
        assertThat(total.expected().oneOff().value()).isEqualByComparingTo("1201.50");
        assertThat(total.obtained().oneOff().value()).isEqualByComparingTo("1501.50");
        assertThat(total.gap().oneOff().value()).isEqualByComparingTo("300.00");
        assertThat(total.obtained().oneOff().formula().french())
                .isEqualTo("Σ marché (1) : Poste fixe 1501.50 = 1501.50 € HT une fois");
        assertThat(total.obtained().overContract().value()).isEqualByComparingTo("1501.50");
        assertThat(assessment
                        .items()
                        .get(0)
                        .totals()
                        .obtained()
                        .oneOff()
                        .formula()
                        .french())
                .isEqualTo("Σ Poste fixe (2) : 29151 1201.20 + 29105 300.30 = 1501.50 € HT une fois");
        assertThat(assessment.items().get(0).lines().get(1).obtained().oneOff().notes().stream()
                        .map(n -> n.french())
                        .toList())
                .anyMatch(n -> n.startsWith("Volume extrapolé"));
        assertThat(assessment.complete()).isTrue();
    }

    @Test
    void aDearerAwardShowsANegativeSavingHonestly() {
        Assessment assessment = engine.assess(List.of(desktops("700")));

        AssessmentLine morlaix = assessment.items().get(0).lines().get(0);
        // (680.10 − 700) × 12 = −238.80: a cost increase, not a saving
        assertThat(morlaix.obtained().oneOff().value()).isEqualByComparingTo("-238.80");
        assertThat(morlaix.obtainedUnit().costIncrease()).isTrue();
        assertThat(morlaix.gap().oneOff().value()).isEqualByComparingTo("-1200.00");
        assertThat(morlaix.gap().oneOff().formula().french())
                .isEqualTo("obtenue − attendue = (-238.80) − 961.20 = -1200.00 € HT une fois");
        assertThat(morlaix.gap().oneOff().notes().stream().map(n -> n.french()).toList())
                .contains("Économie obtenue inférieure de 1200.00 € HT à l'économie attendue.")
                .anyMatch(n -> n.contains("surcoût"));
        assertThat(assessment.total().obtained().oneOff().value()).isEqualByComparingTo("-298.50");
    }

    @Test
    void anItemNotAwardedHasNoObtainedSavingAndStaysOutOfTheGap() {
        Assessment assessment = engine.assess(List.of(desktops("580"), lines(false)));

        AssessmentLine line = assessment.items().get(1).lines().get(0);
        assertThat(line.awarded()).isFalse();
        assertThat(line.obtained()).isNull();
        assertThat(line.obtainedPrice()).isEmpty();
        assertThat(line.gap()).isNull();
        // expected: (12.27 − 7.35) × 10 × 12 = 590.40 and × 2 × 12 = 118.08
        assertThat(assessment.items().get(1).totals().expected().perYear().value())
                .isEqualByComparingTo("708.48");
        assertThat(assessment.items().get(1).totals().obtained()).isNull();

        AssessmentTotals total = assessment.total();
        assertThat(assessment.complete()).isFalse();
        assertThat(total.notAwarded()).containsExactly("Ligne fixe");
        assertThat(total.expected().perYear().value()).isEqualByComparingTo("708.48");
        assertThat(total.expectedAwarded().perYear().value()).isZero();
        assertThat(total.obtained().perYear().value()).isZero();
        assertThat(total.gap().oneOff().value()).isEqualByComparingTo("300.00");

        AssessmentTotals morlaix = assessment.collectivities().get(0);
        assertThat(morlaix.label()).isEqualTo("Morlaix");
        assertThat(morlaix.notAwarded()).containsExactly("Ligne fixe");
        assertThat(morlaix.expected().perYear().value()).isEqualByComparingTo("590.40");
        assertThat(morlaix.obtained().oneOff().value()).isEqualByComparingTo("1201.20");
    }

    @Test
    void nothingAwardedGivesNoObtainedTotal() {
        Assessment assessment = engine.assess(List.of(lines(false)));

        assertThat(assessment.total().obtained()).isNull();
        assertThat(assessment.total().gap()).isNull();
        assertThat(assessment.collectivities())
                .allSatisfy(c -> assertThat(c.obtained()).isNull());
    }

    @Test
    void monthlyLinesSavePerYearAndTotalsGoPerCollectivite() {
        Assessment assessment = engine.assess(List.of(desktops("580"), lines(true)));

        AssessmentLine morlaix = assessment.items().get(1).lines().get(0);
        // (12.27 − 7.00) × 10 = 52.70 per month, 632.40 per year; expected 590.40
        assertThat(morlaix.obtained().perYear().value()).isEqualByComparingTo("632.40");
        assertThat(morlaix.gap().perYear().value()).isEqualByComparingTo("42.00");
        assertThat(morlaix.obtained().overContract().value()).isEqualByComparingTo("1897.20");

        assertThat(assessment.collectivities())
                .extracting(AssessmentTotals::scope)
                .containsExactly(MORLAIX, "29105");
        AssessmentTotals total = assessment.collectivities().get(0);
        assertThat(total.obtained().perYear().formula().french())
                .isEqualTo("Σ 29151 (2) : Poste fixe 0.00 + Ligne fixe 632.40 = 632.40 € HT par an");
        assertThat(total.obtained().overContract().value()).isEqualByComparingTo("3098.40");
    }

    @Test
    void todaysTtcPriceIsConvertedToHtWithANote() {
        AssessedItem item = new AssessedItem(
                offer("Poste fixe", PriceUnit.PER_UNIT, Price.ht("600")),
                new AssessmentAward("Dell", Price.ht("580"), AWARD_DATE),
                List.of(new CollectivityVolume(
                        MORLAIX, "Morlaix", 15_000, Price.ttc("717.60"), BigDecimal.ONE, VolumeSource.DECLARED)),
                48);

        AssessmentLine line =
                engine.assess(List.of(item)).items().get(0).lines().get(0);

        // 717.60 ÷ 1.196 = 600 € HT (VAT at 19.6 % in 2012)
        assertThat(line.currentPrice()).isEqualTo(new Price(new BigDecimal("600.0000"), false));
        assertThat(line.expected().oneOff().value()).isZero();
        assertThat(line.obtained().oneOff().value()).isEqualByComparingTo("20");
        assertThat(line.notes().stream().map(n -> n.french()).toList())
                .singleElement()
                .asString()
                .contains("717.60 € TTC")
                .contains("19.6 %");
    }
}
