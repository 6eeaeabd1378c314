package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.analysis.domain.GeneratedTerritory.DESKTOPS;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 15: a total tells the part the inventory counted from the declared and extrapolated
 * parts; the parts add up to it, whichever answers came from the inventory, and the statistical
 * secret hides all three or none.
 */
class InventoriedPartsPropertiesTests {

    @Provide
    Arbitrary<GeneratedTerritory> territories() {
        return GeneratedTerritory.any(60, 0.2);
    }

    /** Every {@code every}-th respondent's desktops answer came from the inventory. */
    private static AnalysisRequest request(GeneratedTerritory t, int every) {
        AnalysisRequest plain = t.request();
        Map<String, Set<String>> inventoried = new HashMap<>();
        int i = 0;
        for (String code : t.answers().keySet()) {
            if (i++ % every == 0) {
                inventoried.put(code, Set.of(DESKTOPS));
            }
        }
        return new AnalysisRequest(
                plain.territory(),
                plain.answers(),
                plain.indicators(),
                plain.shareGroups(),
                plain.renewals(),
                plain.bands(),
                plain.exclusions(),
                inventoried);
    }

    @Property
    void thePartsAddUpToTheTotals(
            @ForAll("territories") GeneratedTerritory t, @ForAll @IntRange(min = 1, max = 4) int every) {
        CountResult desktops =
                SynthesisEngine.synthesise(request(t, every)).count(DESKTOPS).orElseThrow();
        CountResult.Parts parts = desktops.parts();
        boolean anyInventoried = desktops.raw().terms().stream()
                .anyMatch(term -> request(t, every).isInventoried(term.collectivityCode(), DESKTOPS));
        if (!anyInventoried) {
            assertThat(parts).isNull();
            return;
        }
        assertThat(parts).isNotNull();
        assertThat(parts.inventoried().value().add(parts.declared().value()))
                .isEqualByComparingTo(desktops.raw().value());
        assertThat(parts.inventoried()
                        .value()
                        .add(parts.declared().value())
                        .add(parts.extrapolated().value()))
                .isEqualByComparingTo(desktops.extrapolated().value());
        // each term is in exactly one of the two raw parts, and says whose it is
        assertThat(parts.inventoried().terms().size() + parts.declared().terms().size())
                .isEqualTo(desktops.raw().terms().size());
        assertThat(parts.inventoried().terms())
                .allSatisfy(term -> assertThat(request(t, every).isInventoried(term.collectivityCode(), DESKTOPS))
                        .isTrue());
    }

    @Property
    void withoutInventoryNothingChanges(@ForAll("territories") GeneratedTerritory t) {
        Synthesis s = SynthesisEngine.synthesise(t.request());
        assertThat(s.counts()).allSatisfy(c -> assertThat(c.parts()).isNull());
    }

    @Property
    void theSecretHidesAllThreePartsOrNone(
            @ForAll("territories") GeneratedTerritory t, @ForAll @IntRange(min = 1, max = 3) int every) {
        Synthesis whole = SynthesisEngine.synthesise(request(t, every));
        for (String own : t.answers().keySet()) {
            CountResult.Parts parts = Redaction.synthesis(whole, own)
                    .count(DESKTOPS)
                    .orElseThrow()
                    .parts();
            if (parts == null) {
                continue;
            }
            List<BigDecimal> values = java.util.Arrays.asList(
                    parts.inventoried().value(),
                    parts.declared().value(),
                    parts.extrapolated().value());
            long hidden = values.stream().filter(v -> v == null).count();
            assertThat(hidden).as("hidden parts for %s", own).isIn(0L, 3L);
        }
    }
}
