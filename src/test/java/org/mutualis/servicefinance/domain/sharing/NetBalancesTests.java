package org.mutualis.servicefinance.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.CARANTEC;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.text.Text;

/** The one page a mayor asks for: what pooling saves Carantec, minus what it costs. */
class NetBalancesTests {

    static final List<ServiceCharge> CHARGES = List.of(
            new ServiceCharge("État annuel 2015 — assistance", new BigDecimal("2575.00")),
            new ServiceCharge("État annuel 2015 — formation", new BigDecimal("361.00")));

    @Test
    void theNetBalanceIsTheSavingsObtainedMinusTheServiceCharges() {
        NetBalance balance = NetBalances.of(
                CARANTEC,
                2015,
                List.of(
                        new SavingObtained("Téléphonie mobile (lot 2)", new BigDecimal("4120.50")),
                        new SavingObtained("Copieurs", new BigDecimal("-150"))),
                CHARGES);

        assertThat(balance.knownSavings()).isEqualTo(new BigDecimal("3970.50"));
        assertThat(balance.charges()).isEqualTo(new BigDecimal("2936.00"));
        assertThat(balance.net()).isEqualTo(new BigDecimal("1034.50"));
        assertThat(balance.known()).isTrue();
        assertThat(balance.formula().french()).isEqualTo("3 970,50 € − 2 936,00 € = 1 034,50 €");
        assertThat(balance.notes())
                .extracting(Text::french)
                .containsExactly(
                        "Solde net = économies obtenues par les achats groupés − charges du service mutualisé, pour l’année.");
    }

    @Test
    void aSavingNotCommunicatedMakesTheBalanceUnknownNotZero() {
        NetBalance balance = NetBalances.of(
                CARANTEC,
                2015,
                List.of(
                        new SavingObtained("Téléphonie mobile (lot 2)", new BigDecimal("4120.50")),
                        new SavingObtained("Fournitures de bureau", null)),
                CHARGES);

        assertThat(balance.net()).isNull();
        assertThat(balance.known()).isFalse();
        assertThat(balance.unknownSavings()).isEqualTo(1);
        assertThat(balance.knownSavings()).isEqualTo(new BigDecimal("4120.50"));
        assertThat(balance.formula().french())
                .isEqualTo("4 120,50 € connus + 1 économie(s) non communiquée(s) − 2 936,00 € = inconnu");
        assertThat(balance.notes())
                .extracting(Text::french)
                .contains("Économies non communiquées (NC, ce n’est pas zéro) : Fournitures de bureau.");
    }

    @Test
    void noSavingAtAllIsSaidAndTheBalanceIsMinusTheCharges() {
        NetBalance balance = NetBalances.of(CARANTEC, 2015, List.of(), CHARGES);

        assertThat(balance.net()).isEqualTo(new BigDecimal("-2936.00"));
        assertThat(balance.notes())
                .extracting(Text::french)
                .contains("Aucune économie d’achat groupé enregistrée pour 2015.");
    }
}
