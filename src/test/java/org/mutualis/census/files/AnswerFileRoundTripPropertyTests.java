package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.shared.AnswerValue;

/** Whatever the answers, writing then reading a file gives them back, in every format. */
class AnswerFileRoundTripPropertyTests {

    @Property(tries = 60)
    void writeThenReadGivesTheSameAnswers(
            @ForAll AnswerFileFormat format, @ForAll("responses") List<ImportedResponse> responses) {
        Set<String> codes =
                responses.stream().map(ImportedResponse::collectivityCode).collect(Collectors.toSet());

        AnswersImport again = Fixtures.read(format, Fixtures.write(format, responses), codes);

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).isEqualTo(responses);
    }

    @Provide
    Arbitrary<List<ImportedResponse>> responses() {
        Arbitrary<String> code =
                Arbitraries.strings().numeric().ofLength(5).map(s -> s.startsWith("0") ? "2A" + s.substring(2) : s);
        return Combinators.combine(code, answers(), comment())
                .as(ImportedResponse::new)
                .list()
                .ofMaxSize(12)
                .uniqueElements(ImportedResponse::collectivityCode);
    }

    private Arbitrary<Map<String, AnswerValue>> answers() {
        List<Arbitrary<Map.Entry<String, AnswerValue>>> perQuestion =
                Fixtures.Q.questions().stream().map(this::answer).toList();
        return Combinators.combine(perQuestion).as(entries -> {
            Map<String, AnswerValue> map = new LinkedHashMap<>();
            entries.stream().filter(e -> e.getValue() != null).forEach(e -> map.put(e.getKey(), e.getValue()));
            return map;
        });
    }

    /** An entry with a null value stands for an unanswered question. */
    private Arbitrary<Map.Entry<String, AnswerValue>> answer(Question question) {
        Indicator indicator = Fixtures.Q.indicatorOf(question);
        Arbitrary<AnswerValue> value = switch (indicator.aggregation()) {
            case CHOICE -> Arbitraries.of(indicator.choices()).map(AnswerValue.Text::new);
            case MEAN_VALUE, AMOUNT ->
                Arbitraries.bigDecimals()
                        .between(BigDecimal.ZERO, new BigDecimal("99999"))
                        .ofScale(2)
                        .map(d -> new AnswerValue.Numeric(canonical(d)));
            default -> Arbitraries.integers().between(0, 100_000).map(i -> AnswerValue.of(i));
        };
        Arbitrary<AnswerValue> answered = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(AnswerValue.nc())));
        Arbitrary<AnswerValue> any = question.required() ? answered : answered.injectNull(0.15);
        return any.map(v -> new java.util.AbstractMap.SimpleEntry<>(question.code(), v));
    }

    /** Comments as people write them: accents, quotes, separators, line breaks, runs of spaces. */
    private Arbitrary<String> comment() {
        return Arbitraries.strings()
                .withChars("abcXYZ019 éàçœ€«»'\";,.:\t\n&<>")
                .ofMaxLength(40)
                .map(String::strip)
                .injectNull(0.3)
                .map(s -> s == null || s.isEmpty() ? null : s);
    }

    private static BigDecimal canonical(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
