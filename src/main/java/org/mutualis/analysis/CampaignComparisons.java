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

    /** Comparisons kept: the elected home compares the current and previous census on each visit. */
    private static final int KEPT = 8;

    private final CampaignSyntheses syntheses;

    /**
     * Whole (unredacted) comparisons by the very synthesis objects compared: {@link
     * CampaignSyntheses} hands out the same object while a campaign's data has not moved, a new one
     * as soon as it has, so an entry is found only for unchanged data on both sides.
     */
    private final Map<Pair, YearOverYearResult> compared = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Pair, YearOverYearResult> eldest) {
            return size() > KEPT;
        }
    };

    /** Two syntheses, by identity. */
    private record Pair(CampaignSynthesis before, CampaignSynthesis after) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.before == before && p.after == after;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(before) + System.identityHashCode(after);
        }
    }

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
        YearOverYearResult result = whole(before, after);
        boolean details = syntheses.seesEveryAnswer(reader, after.data());
        if (!details) {
            result = Redaction.comparison(result, CampaignSyntheses.ownCode(reader, after.data()));
        }
        Map<String, String> names = new LinkedHashMap<>(CampaignSyntheses.names(after.data()));
        names.putAll(CampaignSyntheses.names(before.data()));
        return new Comparison(before.data().campaign(), after.data().campaign(), result, names, details);
    }

    private YearOverYearResult whole(CampaignSynthesis before, CampaignSynthesis after) {
        Pair key = new Pair(before, after);
        synchronized (compared) {
            YearOverYearResult known = compared.get(key);
            if (known != null) {
                return known;
            }
        }
        YearOverYearResult result = YearOverYear.compare(
                before.synthesis(),
                after.synthesis(),
                before.data().answers(),
                after.data().answers());
        synchronized (compared) {
            compared.put(key, result);
        }
        return result;
    }
}
