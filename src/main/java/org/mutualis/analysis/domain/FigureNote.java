package org.mutualis.analysis.domain;

import org.jspecify.annotations.Nullable;

/** Something a reader of a figure must know: what was left out, or assumed, and why. */
public record FigureNote(Kind kind, @Nullable String collectivityCode, String subject, String detail) {

    public enum Kind {
        /** The collectivité answered NC: left out. */
        NOT_COMMUNICATED,
        /** An analyst excluded this answer; {@code detail} is the reason. */
        EXCLUDED,
        /** A respondent left the question empty: left out. */
        UNANSWERED,
        /** The lifespan was NC and the stratum's default ({@code detail}, in years) was used. */
        DEFAULT_LIFESPAN,
        /** No respondent in this stratum ({@code subject}): its collectivités are not extrapolated. */
        STRATUM_WITHOUT_RESPONDENT,
        /**
         * Statistical secret: fewer than {@code detail} respondents other than the reader, or a
         * single collectivité's value; the figure is not shown ({@link StatisticalSecret}).
         */
        SECRET
    }
}
