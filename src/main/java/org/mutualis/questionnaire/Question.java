package org.mutualis.questionnaire;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One question of a questionnaire version. Its value type follows its indicator's aggregation:
 * COUNT, SHARE and RANK are integers; AMOUNT and MEAN_VALUE decimals; YES_NO is stored as the
 * text {@code oui} or {@code non}; CHOICE is one of the indicator's choices; TEXT is free text;
 * DATE is the text {@code yyyy-MM-dd}.
 *
 * @param code the column name in answer files; for the 2012 questionnaire, the study's columns;
 *     unique across themes (codes of the new themes carry their prefix: {@code tel_}, {@code prn_},
 *     {@code sw_})
 * @param position order in forms and files, 1-based
 * @param required an empty answer is refused (NC still counts as an answer when allowed)
 * @param allowsNc whether "NC" (not communicated) is accepted
 * @param min hard lower bound (null: none), unlike the indicator's plausible range; numbers only
 * @param max hard upper bound (null: none)
 * @param integer whether decimals are refused
 * @param maxLength for text answers, a tighter limit than the questionnaire's {@link
 *     AnswerLimits#textLength()} (null: the questionnaire's); the {@code max_length} column of a
 *     questionnaire file
 */
public record Question(
        String code,
        String indicatorCode,
        int position,
        String labelFr,
        String labelEn,
        String helpFr,
        boolean required,
        boolean allowsNc,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        boolean integer,
        @Nullable Integer maxLength) {

    /** A question without a length limit of its own. */
    public Question(
            String code,
            String indicatorCode,
            int position,
            String labelFr,
            String labelEn,
            String helpFr,
            boolean required,
            boolean allowsNc,
            @Nullable BigDecimal min,
            @Nullable BigDecimal max,
            boolean integer) {
        this(code, indicatorCode, position, labelFr, labelEn, helpFr, required, allowsNc, min, max, integer, null);
    }
}
