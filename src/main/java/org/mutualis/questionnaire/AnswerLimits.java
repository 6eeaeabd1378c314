package org.mutualis.questionnaire;

/**
 * How long and how large an answer may be: the questionnaire's defaults, which a question may
 * tighten ({@link Question#maxLength()} for texts, {@link Question#max()} and {@link
 * Question#min()} for numbers) but never loosen, since they are what the database keeps
 * ({@code answer.text_value varchar(1000)}, {@code answer.numeric_value numeric(19, 4)}, {@code
 * response.comment varchar(4000)}). Every way in — the form, the API, an answers file, a
 * workbook, the command line's {@code check} — checks them in {@code
 * questionnaire.domain.AnswerCells}, so a value that does not fit is a listed problem, never a
 * database error.
 *
 * @param textLength characters of a text answer (after trimming)
 * @param integerDigits digits before the decimal point of a number
 * @param decimals digits after the decimal point of a number (more would be rounded silently)
 * @param commentLength characters of a response's comment
 */
public record AnswerLimits(int textLength, int integerDigits, int decimals, int commentLength) {

    /** The limits of every questionnaire: what the answer columns hold. */
    public static final AnswerLimits DEFAULTS = new AnswerLimits(1000, 15, 4, 4000);

    /** The text length of a question: its own limit when it has a tighter one. */
    public int textLength(Question question) {
        Integer own = question.maxLength();
        return own == null ? textLength : Math.min(own, textLength);
    }
}
