package org.mutualis.analysis.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.Synthesis;

/** The series the dashboard's charts draw; the tables beside them carry the same numbers. */
public record ChartData(Map<String, Series> shares, Series devicesByStratum, Series renewals) {

    public record Series(List<String> labels, List<BigDecimal> values) {}

    static ChartData of(Synthesis synthesis) {
        Map<String, Series> shares = new LinkedHashMap<>();
        synthesis
                .shareGroups()
                .forEach(g -> shares.put(
                        g.group().code(),
                        new Series(
                                g.rows().stream()
                                        .map(r -> r.totals().indicator().label())
                                        .toList(),
                                g.rows().stream()
                                        .map(r -> r.totals().extrapolated().value())
                                        .toList())));
        List<String> strata = new ArrayList<>();
        List<BigDecimal> devices = new ArrayList<>();
        for (Stratum stratum : synthesis.strata()) {
            strata.add(stratum.label());
            devices.add(synthesis.counts().stream()
                    .filter(c -> c.indicator().aggregation() == org.mutualis.shared.Aggregation.COUNT)
                    .map(CountResult::extrapolated)
                    .flatMap(f -> f.terms().stream())
                    .filter(t -> t.stratumCode().equals(stratum.code()))
                    .map(ChartData::weighted)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Series renewals = new Series(
                synthesis.renewals().stream().map(r -> r.spec().label()).toList(),
                synthesis.renewals().stream().map(r -> r.unitsPerYear().value()).toList());
        return new ChartData(shares, new Series(strata, devices), renewals);
    }

    private static BigDecimal weighted(FigureTerm term) {
        return term.weight() == null ? term.value() : term.weight().multiply(term.value());
    }
}
