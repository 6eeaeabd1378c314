package org.mutualis.census;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * Where an answer taken from the inventory came from: the count, its snapshot moment and how many
 * devices it rests on. The answer is « inventorié » while it equals {@code inventoriedValue}, and
 * « déclaré » once a correspondent corrected it.
 */
public record AnswerSource(BigDecimal inventoriedValue, LocalDateTime snapshotAt, int devices) {

    /** Whether this answer is still the inventory's count (NC or no answer is not). */
    public boolean confirmedBy(@Nullable AnswerValue answer) {
        return answer instanceof AnswerValue.Numeric n && n.value().compareTo(inventoriedValue) == 0;
    }

    /** The count as a form shows it. */
    public String display() {
        return inventoriedValue.stripTrailingZeros().toPlainString();
    }
}
