package org.mutualis.analysis.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one analysis: representativity, totals, shares, means, renewals, warnings, the
 * yes/no and choice indicators counted per value, and the countable indicators by stratum.
 */
public record Synthesis(
        List<Stratum> strata,
        List<CountResult> counts,
        List<ShareGroupResult> shareGroups,
        List<MeanResult> means,
        List<RenewalResult> renewals,
        List<DataWarning> warnings,
        List<Exclusion> exclusions,
        List<ChoiceResult> choices,
        List<StratumBreakdown> byStratum) {

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

    public Optional<ChoiceResult> choice(String indicatorCode) {
        return choices.stream()
                .filter(c -> c.indicator().code().equals(indicatorCode))
                .findFirst();
    }

    /** The indicator by stratum; {@code value} is null for a count or amount. */
    public Optional<StratumBreakdown> byStratum(String indicatorCode, @Nullable String value) {
        return byStratum.stream()
                .filter(b -> b.indicator().code().equals(indicatorCode) && Objects.equals(b.value(), value))
                .findFirst();
    }

    public Optional<RenewalResult> renewal(String code) {
        return renewals.stream().filter(r -> r.spec().code().equals(code)).findFirst();
    }
}
