package org.mutualis.savings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The comparison keeps the engine's sums and applies the volume effect as stated. */
class ScenarioComparisonPropertiesTests {

    private final SavingsEngine engine = SavingsEngine.study();
    private final ScenarioComparison comparison = new ScenarioComparison(engine);

    @Property(tries = 200)
    void everyoneAtFullVolumeSavesWhatTheEngineSaysAndTheEffectScalesIt(
            @ForAll @IntRange(min = 1, max = 30) int collectivities,
            @ForAll @IntRange(min = 1, max = 5000) int currentCents,
            @ForAll @IntRange(min = 0, max = 5000) int offeredCents,
            @ForAll @IntRange(min = 0, max = 100) int retained,
            @ForAll @IntRange(min = 0, max = 500) int volume) {
        Offer offer = new Offer(
                new PriceItem(ItemTheme.TELECOM, "Forfait", PriceUnit.PER_MONTH),
                "Opérateur",
                OfferSource.NEGOTIATION,
                new Price(BigDecimal.valueOf(offeredCents, 2), false),
                LocalDate.of(2026, 1, 1),
                null,
                List.of());
        List<CollectivityVolume> volumes = new ArrayList<>();
        Set<String> everyone = new HashSet<>();
        for (int i = 0; i < collectivities; i++) {
            String code = "c" + i;
            everyone.add(code);
            volumes.add(new CollectivityVolume(
                    code,
                    "Commune " + i,
                    100 * (i + 1),
                    new Price(BigDecimal.valueOf(currentCents, 2), false),
                    BigDecimal.valueOf(volume + i),
                    i % 2 == 0 ? VolumeSource.DECLARED : VolumeSource.EXTRAPOLATED));
        }
        ScenarioPlan full = new ScenarioPlan(
                "A", "Tous", ScenarioKind.PURCHASING_GROUP, BigDecimal.valueOf(100), everyone, Set.of());
        ScenarioPlan partial = new ScenarioPlan(
                "B", "Effet", ScenarioKind.FRAMEWORK_AGREEMENT, BigDecimal.valueOf(retained), everyone, Set.of());
        ScenarioPlan nobody =
                new ScenarioPlan("C", "Personne", ScenarioKind.AUTONOMOUS, BigDecimal.valueOf(100), Set.of(), Set.of());
        ScenarioPlan otherTheme = new ScenarioPlan(
                "D",
                "Matériel",
                ScenarioKind.POOLED_SERVERS,
                BigDecimal.valueOf(100),
                everyone,
                Set.of(ItemTheme.HARDWARE));

        List<ScenarioOutcome> outcomes = comparison.compare(
                List.of(full, partial, nobody, otherTheme),
                List.of(new ScenarioComparison.OfferVolumes(offer, volumes, 36)));

        ItemSavings direct = engine.savings(offer, volumes, 36);
        BigDecimal perYear = direct.territory().perYear().value();
        assertThat(outcomes.get(0).perYear().value()).isEqualByComparingTo(perYear.setScale(2, RoundingMode.HALF_UP));
        assertThat(outcomes.get(1).perYear().value())
                .isEqualByComparingTo(perYear.multiply(BigDecimal.valueOf(retained))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        assertThat(outcomes.get(2).perYear().value()).isZero();
        assertThat(outcomes.get(3).perYear().value()).isZero();
        assertThat(outcomes.get(3).items()).isEmpty();
    }

    @Property(tries = 100)
    void ofSeveralOffersOnOneItemTheScenarioCountsTheBestOnce(
            @ForAll @IntRange(min = 100, max = 5000) int currentCents,
            @ForAll @IntRange(min = 0, max = 5000) int firstCents,
            @ForAll @IntRange(min = 0, max = 5000) int secondCents,
            @ForAll @IntRange(min = 1, max = 50) int volume) {
        PriceItem item = new PriceItem(ItemTheme.PRINTING, "Copieur", PriceUnit.PER_UNIT);
        List<CollectivityVolume> volumes = List.of(new CollectivityVolume(
                "c",
                "Commune",
                800,
                new Price(BigDecimal.valueOf(currentCents, 2), false),
                BigDecimal.valueOf(volume),
                VolumeSource.DECLARED));
        Offer first = offer(item, "Premier", firstCents);
        Offer second = offer(item, "Second", secondCents);
        ScenarioPlan plan = new ScenarioPlan(
                "A", "Tous", ScenarioKind.PURCHASING_GROUP, BigDecimal.valueOf(100), Set.of("c"), Set.of());

        ScenarioOutcome outcome = comparison
                .compare(
                        List.of(plan),
                        List.of(
                                new ScenarioComparison.OfferVolumes(first, volumes, 36),
                                new ScenarioComparison.OfferVolumes(second, volumes, 36)))
                .get(0);

        BigDecimal best = engine.savings(first, volumes, 36)
                .territory()
                .oneOff()
                .value()
                .max(engine.savings(second, volumes, 36).territory().oneOff().value());
        assertThat(outcome.items()).hasSize(1);
        assertThat(outcome.oneOff().value()).isEqualByComparingTo(best.setScale(2, RoundingMode.HALF_UP));
        assertThat(outcome.oneOff().notes().stream().map(n -> n.french()).toList())
                .anySatisfy(n -> assertThat(n).contains("2 offres"));
    }

    private static Offer offer(PriceItem item, String supplier, int cents) {
        return new Offer(
                item,
                supplier,
                OfferSource.NEGOTIATION,
                new Price(BigDecimal.valueOf(cents, 2), false),
                LocalDate.of(2026, 1, 1),
                null,
                List.of());
    }
}
