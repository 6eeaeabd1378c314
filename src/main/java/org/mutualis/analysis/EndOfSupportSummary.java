package org.mutualis.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.text.Text;

/**
 * A territory's end-of-support exposure, as the synthesis page shows it.
 *
 * @param on the date the statuses are read at (today)
 * @param scope who the figures cover (the territory, or the reader's own collectivité)
 * @param devices machines counted (not left out for their age)
 * @param systemPast of them, those whose system is past its end of support
 * @param systemEnding those whose system's support ends within 12 months
 * @param officePast those whose office suite is past its end of support
 * @param officeEnding those whose suite's support ends within 12 months
 * @param pastEurosHt euros HT to replace the machines whose system is past, at the census's mean
 *     costs; null when none of them could be priced (never 0 for an unknown cost)
 * @param endingEurosHt the same for those whose system's support ends within 12 months
 * @param unpriced machines past or ending of a kind without a mean cost (not in the euros)
 * @param explanations how each euro figure was made (units × mean cost, with the campaign and the
 *     figure it came from)
 * @param link the page with the details
 */
public record EndOfSupportSummary(
        LocalDate on,
        Text scope,
        long devices,
        long systemPast,
        long systemEnding,
        long officePast,
        long officeEnding,
        @Nullable BigDecimal pastEurosHt,
        @Nullable BigDecimal endingEurosHt,
        long unpriced,
        List<Text> explanations,
        String link) {

    public EndOfSupportSummary {
        explanations = List.copyOf(explanations);
    }
}
