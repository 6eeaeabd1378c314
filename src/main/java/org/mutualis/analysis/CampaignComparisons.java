package org.mutualis.analysis;

import org.mutualis.analysis.domain.YearOverYear;
import org.mutualis.analysis.domain.YearOverYearResult;
import org.mutualis.shared.error.RejectedException;
import org.springframework.stereotype.Service;

/** Two campaigns of one territory side by side: what changed, raw and extrapolated. */
@Service
public class CampaignComparisons {

    private final CampaignSyntheses syntheses;

    CampaignComparisons(CampaignSyntheses syntheses) {
        this.syntheses = syntheses;
    }

    public record Comparison(CampaignSynthesis before, CampaignSynthesis after, YearOverYearResult result) {}

    public Comparison compare(long beforeId, long afterId) {
        CampaignSynthesis before = syntheses.of(beforeId);
        CampaignSynthesis after = syntheses.of(afterId);
        if (before.data().campaign().territoryId() != after.data().campaign().territoryId()) {
            throw new RejectedException("analysis.compare.territory");
        }
        // The earlier census is "before", whichever way round they were asked for.
        if (after.data()
                .campaign()
                .censusDate()
                .isBefore(before.data().campaign().censusDate())) {
            CampaignSynthesis swap = before;
            before = after;
            after = swap;
        }
        return new Comparison(
                before,
                after,
                YearOverYear.compare(
                        before.synthesis(),
                        after.synthesis(),
                        before.data().answers(),
                        after.data().answers()));
    }
}
