package org.mutualis.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The study's examples (etude-2012/economies-2012.csv) come back through the savings engine. */
class StudySavingsTests {

    private static final LocalDate STUDY_DATE = LocalDate.of(2012, 3, 1);

    private final SavingsEngine engine = SavingsEngine.study();

    // Rows of economies-2012.csv that state a percentage; the study's prices are all on one basis.
    @ParameterizedTest(name = "{1}: {2} → {3} = {4} %")
    @CsvSource(delimiter = ';', textBlock = """
            TELECOM;  Internet access + analogue line (ADSL support);                 55.73;   40.00;   28; PER_MONTH
            TELECOM;  Internet + analogue line + voice (09 number) + fax (02 number); 72.21;   60.58;   16; PER_MONTH
            TELECOM;  SDA direct dial-in numbers;                                     0.91;    0.50;    45; PER_MONTH
            TELECOM;  Mobile plan (40 min external + 23 min internal);                12.27;   7.35;    40; PER_MONTH
            TELECOM;  3G data key 15 MB;                                              7.94;    7.24;    9;  PER_MONTH
            PRINTING; B&W copy;                                                       0.0062;  0.0043;  31; PER_COPY
            PRINTING; Colour copy;                                                    0.0523;  0.043;   18; PER_COPY
            PRINTING; Kyocera KM 2560 total lease cost (TTC);                         3767.40; 3358.37; 11; PER_UNIT
            PRINTING; Kyocera KM 2560 purchase (TTC);                                 3623.00; 2970.60; 18; PER_UNIT
            PRINTING; Kyocera Taskalfa 250 Ci lease vs purchase (TTC);                4650.00; 4425.20; 5;  PER_UNIT
            """)
    void theStudysPercentagesComeBack(
            ItemTheme theme, String label, String current, String offered, int percent, PriceUnit unit) {
        PriceItem item = new PriceItem(theme, label, unit);
        boolean ttc = label.contains("(TTC)");
        Price offerPrice = new Price(new BigDecimal(offered), ttc);
        Offer offer = new Offer(item, "Fournisseur", OfferSource.NEGOTIATION, offerPrice, STUDY_DATE, null, List.of());

        UnitSaving saving = engine.compare(new Price(new BigDecimal(current), ttc), offer);

        assertThat(saving.wholePercent().value()).isEqualByComparingTo(BigDecimal.valueOf(percent));
        assertThat(saving.costIncrease()).isFalse();
        assertThat(saving.notes().stream().map(n -> n.french()).toList()).isEmpty();
        assertThat(saving.wholePercent().formula().french())
                .isEqualTo("(" + current + " − " + offered + ") ÷ " + current + " = " + percent + " %");
    }

    @Test
    void theMobilePlanExplainsItself() {
        PriceItem plan = new PriceItem(ItemTheme.TELECOM, "Forfait mobile", PriceUnit.PER_MONTH);
        Offer offer =
                new Offer(plan, "Opérateur", OfferSource.NEGOTIATION, Price.ht("7.35"), STUDY_DATE, null, List.of());

        UnitSaving saving = engine.compare(Price.ht("12.27"), offer);

        assertThat(saving.wholePercent().formula().french()).isEqualTo("(12.27 − 7.35) ÷ 12.27 = 40 %");
        assertThat(saving.percent().value()).isEqualByComparingTo("40.10");
        assertThat(saving.perUnit().value()).isEqualByComparingTo("4.92");
    }

    @Test
    void theFaxAndVoiceOfferIsACostIncreaseWithItsBenefit() {
        PriceItem item = new PriceItem(
                ItemTheme.TELECOM,
                "Internet + analogue line + voice (02 number) + fax (02 number)",
                PriceUnit.PER_MONTH);
        Offer offer = new Offer(
                item,
                "Opérateur",
                OfferSource.NEGOTIATION,
                Price.ht("78.58"),
                STUDY_DATE,
                null,
                List.of("unlimited calls to landlines"));

        UnitSaving saving = engine.compare(Price.ht("72.21"), offer);

        assertThat(saving.costIncrease()).isTrue();
        assertThat(saving.perUnit().value()).isEqualByComparingTo("-6.37");
        assertThat(saving.costIncreasePercent(1)).isEqualByComparingTo("8.8");
        assertThat(saving.percent(1)).isEqualByComparingTo("-8.8");
        assertThat(saving.benefits()).containsExactly("unlimited calls to landlines");
        assertThat(saving.percent().notes().stream().map(n -> n.french()).toList())
                .anySatisfy(note -> assertThat(note).contains("8.8 %").contains("unlimited calls to landlines"));
    }

    @Test
    void anHtPriceAgainstATtcOfferIsConvertedWithTheRateOfTheOffersDateAndSaysSo() {
        PriceItem copier = new PriceItem(ItemTheme.PRINTING, "Copieur", PriceUnit.PER_UNIT);
        Offer before2014 = new Offer(
                copier, "UGAP", OfferSource.CENTRAL_PURCHASING_BODY, Price.ttc("2392.00"), STUDY_DATE, null, List.of());
        Offer since2014 = new Offer(
                copier,
                "UGAP",
                OfferSource.CENTRAL_PURCHASING_BODY,
                Price.ttc("2400.00"),
                LocalDate.of(2014, 1, 1),
                null,
                List.of());

        UnitSaving at196 = engine.compare(Price.ht("2500.00"), before2014);
        UnitSaving at20 = engine.compare(Price.ht("2500.00"), since2014);

        assertThat(at196.offered()).isEqualTo(new Price(new BigDecimal("2000.0000"), false));
        assertThat(at196.notes().stream().map(n -> n.french()).toList())
                .singleElement()
                .asString()
                .contains("19.6 %")
                .contains("2012-03-01");
        assertThat(at20.offered().amount()).isEqualByComparingTo("2000");
        assertThat(at20.notes().stream().map(n -> n.french()).toList())
                .singleElement()
                .asString()
                .contains("20 %");
        assertThat(at20.wholePercent().value()).isEqualByComparingTo("20");
    }
}
