package org.mutualis.analysis.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mutualis.shared.Aggregation;

/**
 * Share groups (OS, office suites): each member's total over the group's total, raw and
 * extrapolated. Members are the SHARE indicators naming the group, in request order.
 */
final class Shares {

    private Shares() {}

    /** @param counts the count results by indicator code, so members reuse their totals */
    static ShareGroupResult group(Context context, ShareGroupSpec group, Map<String, CountResult> counts) {
        List<CountResult> members = new ArrayList<>();
        for (IndicatorSpec indicator : context.request.indicators()) {
            if (indicator.aggregation() == Aggregation.SHARE && group.code().equals(indicator.shareGroup())) {
                members.add(counts.get(indicator.code()));
            }
        }
        String id = "share." + group.code();
        Figure rawTotal = total(context, id + ".total.raw", members, false);
        Figure extrapolatedTotal = total(context, id + ".total.extrapolated", members, true);
        List<ShareRow> rows = new ArrayList<>(members.size());
        for (CountResult member : members) {
            String rowId = id + "." + member.indicator().code();
            rows.add(new ShareRow(
                    member,
                    share(rowId + ".raw", member.raw(), rawTotal),
                    share(rowId + ".extrapolated", member.extrapolated(), extrapolatedTotal)));
        }
        return new ShareGroupResult(group, List.copyOf(rows), rawTotal, extrapolatedTotal);
    }

    private static Figure share(String id, Figure part, Figure total) {
        return new Figure(
                id,
                Numbers.percent(part.value(), total.value()),
                Method.SHARE,
                Numbers.plain(part.value()) + " ÷ " + Numbers.plain(total.value()) + " × 100",
                part.terms(),
                part.notes());
    }

    /**
     * The sum of the members' totals. Its terms are per collectivité (the sum of its member
     * values), which is what a reader checks against its device count.
     */
    private static Figure total(Context context, String id, List<CountResult> members, boolean extrapolated) {
        List<BigDecimal> memberTotals = new ArrayList<>(members.size());
        List<FigureNote> notes = new ArrayList<>();
        List<Column> columns = new ArrayList<>(members.size());
        for (CountResult member : members) {
            Figure figure = extrapolated ? member.extrapolated() : member.raw();
            memberTotals.add(figure.value());
            columns.add(context.column(member.indicator().code()));
            notes.addAll(context.column(member.indicator().code()).notes);
        }
        if (extrapolated) {
            notes.addAll(context.extrapolationNotes());
        }
        List<FigureTerm> terms = new ArrayList<>();
        for (Respondent r : context.respondents) {
            BigDecimal sum = null;
            for (Column column : columns) {
                BigDecimal value = column.value(r.code());
                if (value != null) {
                    sum = sum == null ? value : sum.add(value);
                }
            }
            if (sum != null) {
                BigDecimal weight = extrapolated ? r.stratum().weight() : null;
                terms.add(new FigureTerm(r.code(), r.name(), r.stratum().code, weight, sum, null));
            }
        }
        return new Figure(
                id,
                Numbers.clean(Numbers.sum(memberTotals)),
                extrapolated ? Method.EXTRAPOLATED_SUM : Method.RAW_SUM,
                Numbers.joinSum(memberTotals),
                List.copyOf(terms),
                List.copyOf(notes));
    }
}
