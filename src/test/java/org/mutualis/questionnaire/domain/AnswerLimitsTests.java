package org.mutualis.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mutualis.questionnaire.AnswerLimits;
import org.mutualis.questionnaire.AnswerRejectedException;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;

/**
 * The questionnaire's limits: a text or a number that the answer columns cannot keep is refused
 * with its reason by the one cell reader that forms, the API, files and the command line share.
 */
class AnswerLimitsTests {

    static final Questionnaire SOFTWARE = Catalogue.load("software", 1);
    static final Questionnaire INFRASTRUCTURE = Catalogue.load("infrastructure", 1);
    static final Question PUBLISHER = SOFTWARE.question("sw_finance_publisher").orElseThrow();
    static final Question COST =
            SOFTWARE.question("sw_finance_maintenance_eur_ht").orElseThrow();
    static final Question DESKTOPS =
            INFRASTRUCTURE.question("desktops_excl_schools").orElseThrow();

    @Test
    void aTextOfFiveThousandCharactersIsRefusedWithItsLength() {
        AnswerCells.Result result = parse("x".repeat(5000), PUBLISHER, SOFTWARE);
        assertThat(result.value()).isNull();
        assertThat(result.problem()).isEqualTo(Text.of("questionnaire.answer.length", "5000", "1000"));
        assertThat(parse("x".repeat(1000), PUBLISHER, SOFTWARE).value())
                .isEqualTo(new AnswerValue.Text("x".repeat(1000)));
    }

    @Test
    void aQuestionMayTightenTheTextLimitButNotLoosenIt() {
        Question short40 = withMaxLength(PUBLISHER, 40);
        assertThat(parse("x".repeat(41), short40, SOFTWARE).problem())
                .isEqualTo(Text.of("questionnaire.answer.length", "41", "40"));
        Question loose = withMaxLength(PUBLISHER, 100_000);
        assertThat(parse("x".repeat(1001), loose, SOFTWARE).problem())
                .isEqualTo(Text.of("questionnaire.answer.length", "1001", "1000"));
    }

    @Test
    void aTwentyThreeDigitNumberIsRefused() {
        assertThat(parse("12345678901234567890123", DESKTOPS, INFRASTRUCTURE).problem())
                .isEqualTo(Text.of("questionnaire.answer.digits", "12345678901234567890123", "15"));
        assertThat(parse("123456789012345678,5", COST, SOFTWARE).problem().code())
                .isEqualTo("questionnaire.answer.digits");
        assertThat(parse("999 999 999 999 999", DESKTOPS, INFRASTRUCTURE).value())
                .isEqualTo(new AnswerValue.Numeric(new BigDecimal("999999999999999")));
    }

    @Test
    void moreDecimalsThanTheColumnKeepsAreRefusedNotRounded() {
        assertThat(parse("0,00456", COST, SOFTWARE).problem())
                .isEqualTo(Text.of("questionnaire.answer.decimals", "0,00456", "4"));
        assertThat(parse("0,0045", COST, SOFTWARE).value())
                .isEqualTo(new AnswerValue.Numeric(new BigDecimal("0.0045")));
        assertThat(parse("12,50000", COST, SOFTWARE).value())
                .isEqualTo(new AnswerValue.Numeric(new BigDecimal("12.5")));
    }

    @Test
    void aLongRefusedValueIsQuotedCutShort() {
        Text problem = parse("1".repeat(5000) + "x", DESKTOPS, INFRASTRUCTURE).problem();
        assertThat(problem.code()).isEqualTo("questionnaire.answer.number");
        assertThat(problem.args().get(0).toString()).hasSizeLessThan(100).endsWith("…");
    }

    @Test
    void aFormRefusesAnOverlongCommentWithItsAnswers() {
        assertThatThrownBy(() -> AnswerValidation.validate(
                        SOFTWARE, Map.of("sw_finance_publisher", "x".repeat(1001)), "c".repeat(4001), true))
                .isInstanceOfSatisfying(
                        AnswerRejectedException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("comment", Text.of("questionnaire.comment.length", "4001", "4000"))
                                .containsEntry(
                                        "sw_finance_publisher",
                                        Text.of("questionnaire.answer.length", "1001", "1000")));
        assertThat(AnswerValidation.validate(SOFTWARE, Map.of(), "c".repeat(4000), true))
                .isEmpty();
    }

    /** Whatever the digits, a number is kept exactly when it fits numeric(19, 4), refused otherwise. */
    @Property
    void aNumberIsKeptExactlyOrRefused(
            @ForAll @IntRange(min = 1, max = 30) int integerDigits,
            @ForAll @IntRange(min = 0, max = 8) int decimals,
            @ForAll @IntRange(min = 1, max = 9) int lead) {
        String text =
                lead + "0".repeat(integerDigits - 1) + (decimals == 0 ? "" : "," + "0".repeat(decimals - 1) + "7");
        AnswerCells.Result result = parse(text, COST, SOFTWARE);
        boolean fits =
                integerDigits <= AnswerLimits.DEFAULTS.integerDigits() && decimals <= AnswerLimits.DEFAULTS.decimals();
        if (fits) {
            assertThat(result.value())
                    .isEqualTo(new AnswerValue.Numeric(AnswerCells.canonical(new BigDecimal(text.replace(',', '.')))));
        } else {
            assertThat(result.value()).isNull();
            assertThat(result.problem().code()).isIn("questionnaire.answer.digits", "questionnaire.answer.decimals");
        }
    }

    private static AnswerCells.Result parse(String text, Question question, Questionnaire questionnaire) {
        return AnswerCells.parse(text, question, questionnaire.indicatorOf(question));
    }

    private static Question withMaxLength(Question q, int maxLength) {
        return new Question(
                q.code(),
                q.indicatorCode(),
                q.position(),
                q.labelFr(),
                q.labelEn(),
                q.helpFr(),
                q.required(),
                q.allowsNc(),
                q.min(),
                q.max(),
                q.integer(),
                maxLength);
    }
}
