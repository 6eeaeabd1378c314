package org.mutualis.analysis.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A data-quality warning. The interface renders {@code kind} with {@code args} in the user's
 * language.
 *
 * @param subject the stratum, share group or indicator code concerned
 * @param args the numbers of the message, e.g. group sum and device count
 */
public record DataWarning(Kind kind, @Nullable String collectivityCode, String subject, List<String> args) {

    public enum Kind {
        /** args: stratum label, number of members. */
        STRATUM_WITHOUT_RESPONDENT,
        /** args: group sum, device count, max per device. */
        SHARE_GROUP_MISMATCH,
        /** args: value, plausible min (or empty), plausible max (or empty). */
        OUT_OF_RANGE
    }
}
