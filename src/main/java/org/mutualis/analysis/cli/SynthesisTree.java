package org.mutualis.analysis.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;

/**
 * The synthesis as plain maps and lists for the command line's JSON: per indicator the raw and
 * extrapolated totals and respondents, per share group the shares, means, min/max, renewals.
 */
final class SynthesisTree {

    private SynthesisTree() {}

    static Map<String, Object> of(Synthesis s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put(
                "strata",
                s.strata().stream()
                        .map(st -> map(
                                "code",
                                st.code(),
                                "label",
                                st.label(),
                                "members",
                                st.members(),
                                "respondents",
                                st.respondents(),
                                "weight",
                                plain(st.weight()),
                                "respondentCodes",
                                st.respondentCodes()))
                        .toList());
        root.put(
                "indicators",
                s.counts().stream()
                        .map(c -> map(
                                "code",
                                c.indicator().code(),
                                "label",
                                c.indicator().label(),
                                "unit",
                                c.indicator().unit(),
                                "rawTotal",
                                plain(c.raw().value()),
                                "extrapolatedTotal",
                                plain(c.extrapolated().value()),
                                // null totals with this reason: nobody answered (not 0)
                                "reason",
                                c.raw().reason() == null
                                        ? null
                                        : c.raw().reason().name(),
                                "respondents",
                                c.respondents(),
                                "notCommunicated",
                                c.notCommunicated(),
                                "excluded",
                                c.excluded(),
                                "formula",
                                c.extrapolated().formula()))
                        .toList());
        root.put(
                "shareGroups",
                s.shareGroups().stream()
                        .map(g -> map(
                                "code",
                                g.group().code(),
                                "label",
                                g.group().label(),
                                "rawTotal",
                                plain(g.rawTotal().value()),
                                "extrapolatedTotal",
                                plain(g.extrapolatedTotal().value()),
                                "reason",
                                g.rawTotal().reason() == null
                                        ? null
                                        : g.rawTotal().reason().name(),
                                "shares",
                                g.rows().stream()
                                        .map(r -> map(
                                                "indicator",
                                                r.totals().indicator().code(),
                                                "raw",
                                                plain(r.totals().raw().value()),
                                                "rawPercent",
                                                plain(r.rawPercent()),
                                                "extrapolated",
                                                plain(r.totals().extrapolated().value()),
                                                "extrapolatedPercent",
                                                plain(r.extrapolatedPercent())))
                                        .toList()))
                        .toList());
        root.put(
                "means",
                s.means().stream()
                        .map(m -> map(
                                "code",
                                m.indicator().code(),
                                "label",
                                m.indicator().label(),
                                "unit",
                                m.indicator().unit(),
                                "simpleMean",
                                rounded(m.simpleMean(), 2),
                                "weightedMean",
                                rounded(m.weightedMean(), 2),
                                "min",
                                rounded(m.min(), 2),
                                "max",
                                rounded(m.max(), 2),
                                "respondents",
                                m.respondents(),
                                "notCommunicated",
                                m.notCommunicated(),
                                "excluded",
                                m.excluded()))
                        .toList());
        root.put(
                "renewals",
                s.renewals().stream()
                        .map(r -> map(
                                "code",
                                r.spec().code(),
                                "label",
                                r.spec().label(),
                                "unitsPerYear",
                                rounded(r.unitsPerYear(), 3),
                                "roundedUnitsPerYear",
                                rounded(r.unitsPerYear(), 0),
                                "eurosPerYear",
                                rounded(r.eurosPerYear(), 2),
                                "formula",
                                r.unitsPerYear().formula()))
                        .toList());
        root.put(
                "warnings",
                s.warnings().stream()
                        .map(w -> map(
                                "kind",
                                w.kind().name(),
                                "collectivity",
                                w.collectivityCode(),
                                "subject",
                                w.subject(),
                                "args",
                                w.args()))
                        .toList());
        root.put(
                "exclusions",
                s.exclusions().stream()
                        .map(e -> map(
                                "collectivity",
                                e.collectivityCode(),
                                "indicator",
                                e.indicatorCode(),
                                "reason",
                                e.reason()))
                        .toList());
        return root;
    }

    static @Nullable BigDecimal rounded(@Nullable Figure figure, int scale) {
        return figure == null || figure.value() == null
                ? null
                : plain(figure.value().setScale(scale, RoundingMode.HALF_UP));
    }

    /** Without exponent: 380, never 3.8E+2. */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
