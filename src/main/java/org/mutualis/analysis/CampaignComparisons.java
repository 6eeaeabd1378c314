package org.mutualis.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mutualis.analysis.domain.Redaction;
import org.mutualis.analysis.domain.YearOverYear;
import org.mutualis.analysis.domain.YearOverYearResult;
import org.mutualis.census.CampaignSummary;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;
import org.springframework.stereotype.Service;

/** Two campaigns of one territory side by side: what changed, raw and extrapolated. */
@Service
public class CampaignComparisons {

    private final CampaignSyntheses syntheses;

    CampaignComparisons(CampaignSyntheses syntheses) {
        this.syntheses = syntheses;
    }

    /**
     * Two campaigns compared, as one reader may see it.
     *
     * @param names collectivité code → name in either campaign's territory
     * @param details whether the figures carry their formulas and every collectivité's answers;
     *     a correspondent sees the totals and their own answers that changed
     */
    public record Comparison(
            CampaignSummary before,
            CampaignSummary after,
            YearOverYearResult result,
            Map<String, String> names,
            boolean details) {}

    /** Another territory's campaign is not found; two territories' campaigns are not compared. */
    public Comparison compare(long beforeId, long afterId, CurrentUser reader) {
        CampaignSynthesis before = syntheses.of(beforeId, reader);
        CampaignSynthesis after = syntheses.of(afterId, reader);
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
        YearOverYearResult result = YearOverYear.compare(
                before.synthesis(),
                after.synthesis(),
                before.data().answers(),
                after.data().answers());
        boolean details = syntheses.seesEveryAnswer(reader, after.data());
        if (!details) {
            result = Redaction.comparison(result, CampaignSyntheses.ownCode(reader, after.data()));
        }
        Map<String, String> names = new LinkedHashMap<>(CampaignSyntheses.names(after.data()));
        names.putAll(CampaignSyntheses.names(before.data()));
        return new Comparison(before.data().campaign(), after.data().campaign(), result, names, details);
    }
}
