package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * « Non renseigné » is not 0: what nobody answered has no value and says why, what somebody
 * answered keeps the engine's value, under the statistical secret as well.
 */
class NotProvidedPropertiesTests {

    @Provide
    Arbitrary<GeneratedTerritory> territories() {
        return GeneratedTerritory.any(30, 0.5);
    }

    @Property
    void nobodyAnsweredMeansNoValueAndAReasonNeverZero(@ForAll("territories") GeneratedTerritory t) {
        Synthesis computed = SynthesisEngine.synthesise(t.request());
        Synthesis read = NotProvided.mark(computed);
        for (int i = 0; i < computed.counts().size(); i++) {
            CountResult before = computed.counts().get(i);
            CountResult after = read.counts().get(i);
            if (before.respondents() == 0) {
                assertThat(after.raw().value()).isNull();
                assertThat(after.extrapolated().value()).isNull();
                assertThat(after.raw().reason()).isEqualTo(Figure.Reason.NOT_PROVIDED);
                assertThat(after.extrapolated().notProvided()).isTrue();
            } else {
                assertThat(after).isEqualTo(before);
                assertThat(after.raw().reason()).isNull();
            }
        }
        for (StratumBreakdown b : read.byStratum()) {
            for (StratumCell cell : b.cells()) {
                assertThat(cell.extrapolated().notProvided()).isEqualTo(cell.respondents() == 0);
                assertThat(cell.extrapolated().value() == null).isEqualTo(cell.respondents() == 0);
            }
        }
        // Under the secret, a figure nobody answered stays « non renseigné », not « secret ».
        String own = t.answers().keySet().stream().findFirst().orElse("");
        Synthesis redacted = Redaction.synthesis(read, own);
        for (int i = 0; i < read.counts().size(); i++) {
            if (read.counts().get(i).raw().notProvided()) {
                assertThat(redacted.counts().get(i).raw().reason()).isEqualTo(Figure.Reason.NOT_PROVIDED);
            } else if (redacted.counts().get(i).raw().value() == null) {
                assertThat(redacted.counts().get(i).raw().reason()).isEqualTo(Figure.Reason.SECRET);
            }
        }
    }
}
