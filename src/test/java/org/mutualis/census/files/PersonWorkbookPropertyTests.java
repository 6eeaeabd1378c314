package org.mutualis.census.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.census.Workbooks;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * A collectivité's workbook for people (a cover, a sheet per theme, a question per row, French
 * labels in the drop-downs): whatever the answers — NC, numbers, yes/no, choices, texts, dates,
 * unanswered questions — writing it then reading it back gives the same response, in both formats.
 */
class PersonWorkbookPropertyTests {

    static final List<Questionnaire> THEMES = List.of(
            Catalogue.latest(Catalogue.INFRASTRUCTURE),
            Catalogue.latest(Catalogue.TELECOM),
            Catalogue.latest(Catalogue.PRINTING),
            Catalogue.latest(Catalogue.SOFTWARE));

    static final String CODE = "29182";

    static final WorkbookCover COVER = new WorkbookCover(
            CODE, "Plouégat-Guérand", "Recensement 2026", "Morlaix Communauté", LocalDate.of(2026, 6, 30));

    @Property(tries = 40)
    void writeThenReadGivesTheSameAnswers(
            @ForAll AnswerFileFormat format, @ForAll("responses") ImportedResponse response) {
        if (format == AnswerFileFormat.CSV) {
            return; // a person's workbook is ODS or XLSX
        }
        AnswersImport again = read(format, write(format, response));

        assertThat(again.problems()).isEmpty();
        assertThat(again.responses()).containsExactly(response);
        assertThat(again.writtenNames()).containsEntry(CODE, "Plouégat-Guérand");
        assertThat(((AnswersImport.Accepted) again).layout()).isEqualTo(AnswersImport.Layout.VERTICAL);
    }

    @Example
    void anEmptyWorkbookGivesNoResponse() {
        for (AnswerFileFormat format : List.of(AnswerFileFormat.ODS, AnswerFileFormat.XLSX)) {
            AnswersImport again = read(format, write(format, null));
            assertThat(again.problems()).isEmpty();
            assertThat(again.responses()).isEmpty();
        }
    }

    static byte[] write(AnswerFileFormat format, ImportedResponse response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.writeForPerson(out, format, THEMES, response, COVER);
        return out.toByteArray();
    }

    static AnswersImport read(AnswerFileFormat format, byte[] bytes) {
        return Workbooks.read(new ByteArrayInputStream(bytes), format, THEMES, Set.of(CODE, "29202"));
    }

    @Provide
    Arbitrary<ImportedResponse> responses() {
        List<Arbitrary<Map<String, AnswerValue>>> themes =
                THEMES.stream().map(this::theme).toList();
        return Combinators.combine(themes)
                .as(parts -> {
                    Map<String, AnswerValue> all = new LinkedHashMap<>();
                    parts.forEach(all::putAll);
                    return all;
                })
                .flatMap(answers -> comment().map(c -> new ImportedResponse(CODE, answers, c)));
    }

    /** A theme answered (required answers given), or left blank: a theme not answered yet. */
    private Arbitrary<Map<String, AnswerValue>> theme(Questionnaire q) {
        List<Arbitrary<Map.Entry<String, AnswerValue>>> perQuestion =
                q.questions().stream().map(question -> answer(q, question)).toList();
        Arbitrary<Map<String, AnswerValue>> answered = Combinators.combine(perQuestion)
                .as(entries -> {
                    Map<String, AnswerValue> map = new LinkedHashMap<>();
                    entries.stream().filter(e -> e.getValue() != null).forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, answered), Tuple.of(1, Arbitraries.just(Map.of())));
    }

    /** An entry with a null value stands for an unanswered question. */
    private Arbitrary<Map.Entry<String, AnswerValue>> answer(Questionnaire q, Question question) {
        Indicator indicator = q.indicatorOf(question);
        Arbitrary<AnswerValue> value = switch (indicator.aggregation()) {
            case CHOICE -> Arbitraries.of(indicator.choices()).map(AnswerValue.Text::new);
            case YES_NO -> Arbitraries.of("oui", "non").map(AnswerValue.Text::new);
            case TEXT ->
                Arbitraries.strings()
                        .withChars("abcXYZ éàç'-")
                        .ofMinLength(1)
                        .ofMaxLength(20)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("nc"))
                        .map(AnswerValue.Text::new);
            case DATE ->
                Arbitraries.integers()
                        .between(0, 3000)
                        .map(d -> new AnswerValue.Text(
                                LocalDate.of(2020, 1, 1).plusDays(d).toString()));
            case MEAN_VALUE, AMOUNT ->
                question.integer()
                        ? Arbitraries.integers()
                                .between(low(question), high(question))
                                .map(i -> AnswerValue.of(i))
                        : Arbitraries.bigDecimals()
                                .between(BigDecimal.valueOf(low(question)), BigDecimal.valueOf(high(question)))
                                .ofScale(2)
                                .map(d -> new AnswerValue.Numeric(canonical(d)));
            default ->
                Arbitraries.integers()
                        .between(low(question), Math.min(500, high(question)))
                        .map(i -> AnswerValue.of(i));
        };
        Arbitrary<AnswerValue> given = question.allowsNc()
                ? Arbitraries.frequencyOf(Tuple.of(5, value), Tuple.of(1, Arbitraries.just(AnswerValue.nc())))
                : value;
        Arbitrary<AnswerValue> any = question.required() ? given : given.injectNull(0.2);
        return any.map(v -> new java.util.AbstractMap.SimpleEntry<>(question.code(), v));
    }

    private Arbitrary<String> comment() {
        return Arbitraries.strings()
                .withChars("abcXYZ019 éàçœ€«»'\";,.:&<>")
                .ofMaxLength(40)
                .map(String::strip)
                .injectNull(0.3)
                .map(s -> s == null || s.isEmpty() ? null : s);
    }

    /** The question's own bounds, within 0 – 99 999. */
    private static int low(Question question) {
        return question.min() == null ? 0 : Math.max(0, question.min().intValue());
    }

    private static int high(Question question) {
        return question.max() == null ? 99_999 : Math.min(99_999, question.max().intValue());
    }

    private static BigDecimal canonical(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
