package org.mutualis.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Thresholds are dated, sourced data, and the amount and date decide the procedure. */
class ThresholdsTests {

    private static final String JORF = "Code de la commande publique, avis relatif aux seuils de procédure (JORF)";
    private final Thresholds thresholds = Thresholds.fromClasspath();
    private final ProcurementRules rules = new ProcurementRules(thresholds);

    @Test
    void theSuppliesThresholdChangesOnTheFirstOfJanuary2026() {
        Threshold in2025 = thresholds
                .applicable(ThresholdKind.SUPPLIES_AND_SERVICES, LocalDate.of(2025, 12, 31))
                .orElseThrow();
        Threshold in2026 = thresholds
                .applicable(ThresholdKind.SUPPLIES_AND_SERVICES, LocalDate.of(2026, 1, 1))
                .orElseThrow();

        assertThat(in2025.amountHt()).isEqualByComparingTo("221000");
        assertThat(in2025.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(in2025.legalSource()).isEqualTo(JORF);
        assertThat(in2026.amountHt()).isEqualByComparingTo("216000");
        assertThat(in2026.to()).isNull();
        assertThat(in2026.legalSource()).isEqualTo(JORF);
    }

    @Test
    void theStudyYearsHaveTheirOwnThreshold() {
        assertThat(thresholds
                        .applicable(ThresholdKind.SUPPLIES_AND_SERVICES, LocalDate.of(2012, 6, 1))
                        .orElseThrow()
                        .amountHt())
                .isEqualByComparingTo("200000");
        assertThat(thresholds
                        .applicable(ThresholdKind.WORKS, LocalDate.of(2025, 6, 1))
                        .orElseThrow()
                        .amountHt())
                .isEqualByComparingTo("5538000");
    }

    @Test
    void anAmountAtTheThresholdCallsForAFormalProcedureAndBelowForAMapa() {
        RequiredProcedure at = rules.requiredProcedure(new BigDecimal("221000"), LocalDate.of(2025, 12, 31));
        RequiredProcedure below = rules.requiredProcedure(new BigDecimal("220999.99"), LocalDate.of(2025, 12, 31));
        RequiredProcedure sameIn2026 = rules.requiredProcedure(new BigDecimal("218000"), LocalDate.of(2026, 1, 1));
        RequiredProcedure sameIn2025 = rules.requiredProcedure(new BigDecimal("218000"), LocalDate.of(2025, 12, 31));

        assertThat(at.formal()).isTrue();
        assertThat(at.label()).isEqualTo("procédure formalisée (appel d'offres)");
        assertThat(at.threshold().legalSource()).isEqualTo(JORF);
        assertThat(below.formal()).isFalse();
        assertThat(below.label()).isEqualTo("procédure adaptée (MAPA)");
        assertThat(sameIn2026.formal()).isTrue();
        assertThat(sameIn2026.threshold().amountHt()).isEqualByComparingTo("216000");
        assertThat(sameIn2025.formal()).isFalse();
        assertThat(sameIn2026.explanation().french())
                .isEqualTo("Montant estimé 218 000 € HT supérieur ou égal au seuil de 216 000 € HT"
                        + " (fournitures et services, en vigueur au 01/01/2026 ; source : " + JORF
                        + ") : procédure formalisée (appel d'offres).");
    }

    @Test
    void overlappingOrMalformedThresholdsAreRefused() {
        String overlapping = "kind;amount_ht;from;to;legal_source\n"
                + "WORKS;100;2024-01-01;2025-12-31;a\n"
                + "WORKS;200;2025-06-01;;b\n";
        assertThatThrownBy(() -> Thresholds.parse(new StringReader(overlapping)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping");
        assertThatThrownBy(
                        () -> new Threshold(ThresholdKind.WORKS, BigDecimal.TEN, LocalDate.of(2024, 1, 1), null, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noThresholdKnownForADateIsSaidNotGuessed() {
        assertThat(thresholds.applicable(ThresholdKind.SUPPLIES_AND_SERVICES, LocalDate.of(2005, 1, 1)))
                .isEmpty();
        assertThatThrownBy(() -> rules.requiredProcedure(BigDecimal.ONE, LocalDate.of(2005, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
