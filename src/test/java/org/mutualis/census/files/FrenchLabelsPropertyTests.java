package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/**
 * The French labels of the drop-downs and the stored codes, both ways: every choice of the
 * catalogue has a label that reads back as its code (in any case, with or without accents), the
 * codes themselves still read, and yes/no reads « Oui », « oui », « yes » alike.
 */
class FrenchLabelsPropertyTests {

    record Choice(Indicator indicator, Question question, String code) {}

    @Property
    void aLabelReadsBackAsItsCodeHoweverItIsTyped(
            @ForAll("choices") Choice choice, @ForAll("spellings") Spelling spelling) {
        String label = FrenchLabels.label(choice.indicator(), choice.code());
        String typed = spelling.apply(label);

        assertThat(FrenchLabels.toCode(choice.indicator(), typed)).isEqualTo(choice.code());
        AnswerCells.Result read = AnswerCells.parse(
                FrenchLabels.toCode(choice.indicator(), typed), choice.question(), choice.indicator());
        assertThat(read.value()).isEqualTo(new AnswerValue.Text(choice.code()));
    }

    @Property
    void theStoredCodeStillReads(@ForAll("choices") Choice choice, @ForAll("spellings") Spelling spelling) {
        assertThat(FrenchLabels.toCode(choice.indicator(), spelling.apply(choice.code())))
                .isEqualTo(choice.code());
    }

    @Property
    void anyOtherTextIsLeftForTheReaderToRefuse(@ForAll("choices") Choice choice, @ForAll("garbage") String text) {
        String code = FrenchLabels.toCode(choice.indicator(), text);
        boolean known = choice.indicator().choices().contains(code);
        if (!known) {
            assertThat(code).isEqualTo(text);
            assertThat(AnswerCells.parse(code, choice.question(), choice.indicator())
                            .problem())
                    .isNotNull();
        }
    }

    @Example
    void everyIndicatorsLabelsAreDistinctAndFrench() {
        for (Indicator indicator : Catalogue.indicators()) {
            List<String> labels = FrenchLabels.labels(indicator, true);
            if (labels.isEmpty()) {
                continue;
            }
            Set<String> folded = new HashSet<>();
            labels.forEach(l -> assertThat(folded.add(FrenchLabels.fold(l)))
                    .as("%s: %s", indicator.code(), labels)
                    .isTrue());
            assertThat(labels).last().isEqualTo("NC");
            assertThat(labels).doesNotContain("yes", "no", "daily", "weekly", "local", "hosted", "saas", "none");
        }
    }

    @Example
    void yesAndNoReadInFrenchAndInEnglish() {
        Questionnaire q = Catalogue.latest(Catalogue.INFRASTRUCTURE);
        for (Question question : q.questions()) {
            Indicator indicator = q.indicatorOf(question);
            if (indicator.aggregation() != Aggregation.YES_NO) {
                continue;
            }
            for (String typed : List.of("Oui", "oui", "OUI", "yes", "Yes")) {
                assertThat(AnswerCells.parse(FrenchLabels.toCode(indicator, typed), question, indicator)
                                .value())
                        .isEqualTo(new AnswerValue.Text("oui"));
            }
            for (String typed : List.of("Non", "non", "no")) {
                assertThat(AnswerCells.parse(FrenchLabels.toCode(indicator, typed), question, indicator)
                                .value())
                        .isEqualTo(new AnswerValue.Text("non"));
            }
            assertThat(FrenchLabels.label(indicator, "oui")).isEqualTo("Oui");
        }
    }

    interface Spelling {
        String apply(String text);
    }

    @Provide
    Arbitrary<Spelling> spellings() {
        return Arbitraries.of(
                t -> t,
                t -> t.toLowerCase(Locale.ROOT),
                t -> t.toUpperCase(Locale.ROOT),
                t -> " " + t + "  ",
                t -> Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
    }

    @Provide
    Arbitrary<Choice> choices() {
        List<Choice> all = new java.util.ArrayList<>();
        for (Questionnaire q : List.of(
                Catalogue.latest(Catalogue.INFRASTRUCTURE),
                Catalogue.latest(Catalogue.TELECOM),
                Catalogue.latest(Catalogue.PRINTING),
                Catalogue.latest(Catalogue.SOFTWARE))) {
            for (Question question : q.questions()) {
                Indicator indicator = q.indicatorOf(question);
                if (indicator.aggregation() == Aggregation.CHOICE) {
                    indicator.choices().forEach(c -> all.add(new Choice(indicator, question, c)));
                }
            }
        }
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings()
                .withChars("abxyz ()-éQ")
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }
}
