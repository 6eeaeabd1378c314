package org.mutualis.analysis;

import java.util.List;
import java.util.Optional;

/** The result of one analysis: representativity, totals, shares, means, renewals, warnings. */
public record Synthesis(
        List<Stratum> strata,
        List<CountResult> counts,
        List<ShareGroupResult> shareGroups,
        List<MeanResult> means,
        List<RenewalResult> renewals,
        List<DataWarning> warnings,
        List<Exclusion> exclusions) {

    public Optional<CountResult> count(String indicatorCode) {
        return counts.stream()
                .filter(c -> c.indicator().code().equals(indicatorCode))
                .findFirst();
    }

    public Optional<MeanResult> mean(String indicatorCode) {
        return means.stream()
                .filter(m -> m.indicator().code().equals(indicatorCode))
                .findFirst();
    }

    public Optional<ShareGroupResult> shareGroup(String code) {
        return shareGroups.stream().filter(g -> g.group().code().equals(code)).findFirst();
    }

    public Optional<RenewalResult> renewal(String code) {
        return renewals.stream().filter(r -> r.spec().code().equals(code)).findFirst();
    }
}
