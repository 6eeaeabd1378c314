package org.mutualis.analysis.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mutualis.shared.Aggregation;

/**
 * The single entry point of the analysis: representativity, raw and extrapolated totals, shares,
 * means, renewal forecasts, yes/no and choice counts, figures by stratum and data-quality warnings of one territory, from its answers.
 *
 * <p>Pure and deterministic: the same request always gives the same synthesis, every value is a
 * {@link java.math.BigDecimal} and every figure carries its formula, terms and notes. It is cheap
 * enough to run for every EPCI of France in one go (each step is linear in the answers).
 */
public final class SynthesisEngine {

    private SynthesisEngine() {}

    /**
     * @throws IllegalArgumentException when the territory lists a collectivité twice, an indicator
     *     code appears twice, population thresholds do not increase, or a default lifespan needed
     *     by a renewal is not positive
     */
    public static Synthesis synthesise(AnalysisRequest request) {
        Objects.requireNonNull(request, "request");
        Context context = new Context(request);

        List<Stratum> strata = new ArrayList<>(context.strata.size());
        for (StratumState s : context.strata) {
            strata.add(Representativity.toRecord(s));
        }

        // Counts by code, so that share groups reuse their members' totals instead of recomputing.
        Map<String, CountResult> counts = new LinkedHashMap<>();
        List<MeanResult> means = new ArrayList<>();
        List<ChoiceResult> choices = new ArrayList<>();
        for (IndicatorSpec indicator : request.indicators()) {
            Aggregation aggregation = indicator.aggregation();
            if (aggregation == Aggregation.COUNT
                    || aggregation == Aggregation.AMOUNT
                    || aggregation == Aggregation.SHARE) {
                if (counts.put(indicator.code(), Totals.count(context, indicator)) != null) {
                    throw new IllegalArgumentException("indicator listed twice: " + indicator.code());
                }
            } else if (aggregation == Aggregation.MEAN_VALUE) {
                means.add(Means.mean(context, indicator));
            } else if (aggregation == Aggregation.YES_NO || aggregation == Aggregation.CHOICE) {
                choices.add(Choices.choice(context, indicator));
            }
        }

        List<ShareGroupResult> shareGroups =
                new ArrayList<>(request.shareGroups().size());
        for (ShareGroupSpec group : request.shareGroups()) {
            shareGroups.add(Shares.group(context, group, counts));
        }

        List<RenewalResult> renewals = new ArrayList<>(request.renewals().size());
        for (RenewalSpec spec : request.renewals()) {
            renewals.add(Renewals.renewal(context, spec));
        }

        return new Synthesis(
                List.copyOf(strata),
                List.copyOf(counts.values()),
                List.copyOf(shareGroups),
                List.copyOf(means),
                List.copyOf(renewals),
                List.copyOf(Warnings.all(context)),
                List.copyOf(context.matchedExclusions),
                List.copyOf(choices),
                Choices.byStratum(context, List.copyOf(counts.values()), choices));
    }
}
