package org.mutualis.analysis.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.FigureTerm;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.StratumCell;
import org.mutualis.analysis.domain.Synthesis;

/**
 * The series the dashboard's charts draw, from the reader's view of the synthesis: the tables
 * beside them carry the same numbers, and a figure suppressed by the statistical secret is a
 * null (no bar), never a number computed from the inputs behind it; so is a figure nobody
 * answered (« non renseigné »: no bar rather than a bar at 0).
 */
public record ChartData(Map<String, Series> shares, Series devicesByStratum, Series renewals) {

    public record Series(List<String> labels, List<@Nullable BigDecimal> values) {}

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
        List<@Nullable BigDecimal> devices = new ArrayList<>();
        for (Stratum stratum : synthesis.strata()) {
            strata.add(stratum.label());
            devices.add(devices(synthesis, stratum));
        }
        Series renewals = new Series(
                synthesis.renewals().stream().map(r -> r.spec().label()).toList(),
                synthesis.renewals().stream().map(r -> r.unitsPerYear().value()).toList());
        return new ChartData(shares, new Series(strata, devices), renewals);
    }

    private static BigDecimal weighted(FigureTerm term) {
        return term.weight() == null ? term.value() : term.weight().multiply(term.value());
    }

    /**
     * The stratum's extrapolated devices: the sum of its cells of the countable indicators' split
     * by stratum, null when one of them is suppressed for this reader.
     */
    private static @Nullable BigDecimal devices(Synthesis synthesis, Stratum stratum) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CountResult count : synthesis.counts()) {
            if (count.indicator().aggregation() != org.mutualis.shared.Aggregation.COUNT) {
                continue;
            }
            var breakdown = synthesis.byStratum(count.indicator().code(), null);
            if (breakdown.isEmpty()) {
                continue;
            }
            for (StratumCell cell : breakdown.get().cells()) {
                if (cell.stratumCode().equals(stratum.code())) {
                    Figure figure = cell.extrapolated();
                    if (figure.notProvided()) {
                        // nobody in the stratum answered this one: it adds nothing (it is not 0 either)
                        continue;
                    }
                    BigDecimal value = figure.value();
                    if (value == null) {
                        return null;
                    }
                    // Every input at hand (staff): their exact weighted sum; else the cell's value.
                    sum = sum.add(
                            figure.terms().size() == cell.respondents()
                                    ? figure.terms().stream()
                                            .map(ChartData::weighted)
                                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                                    : value);
                }
            }
        }
        return sum;
    }
}
