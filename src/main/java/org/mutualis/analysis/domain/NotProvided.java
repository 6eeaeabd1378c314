package org.mutualis.analysis.domain;

import java.util.List;

/**
 * « Non renseigné » is not zero: a figure nobody gave a value for has no value ({@link
 * Figure.Reason#NOT_PROVIDED}), so that pages, charts, exports and the API never show a 0 that
 * nobody answered. It marks the totals of an indicator without respondent, the shares of a group
 * whose members nobody answered, a renewal without any count, and a stratum's cells when nobody in
 * the stratum answered. A choice answered by others but not with this value stays 0: that is a
 * real zero.
 *
 * <p>The engine keeps its arithmetic (a sum of nothing is 0, so that parts still add up); what a
 * reader is given — pages, charts, API, exports — is marked here first.
 */
public final class NotProvided {

    private NotProvided() {}

    public static Synthesis mark(Synthesis s) {
        return new Synthesis(
                s.strata(),
                s.counts().stream().map(NotProvided::count).toList(),
                s.shareGroups().stream().map(NotProvided::group).toList(),
                s.means(),
                s.renewals().stream().map(NotProvided::renewal).toList(),
                s.warnings(),
                s.exclusions(),
                s.choices(),
                s.byStratum().stream().map(NotProvided::breakdown).toList());
    }

    static CountResult count(CountResult c) {
        if (c.respondents() > 0) {
            return c;
        }
        return new CountResult(
                c.indicator(),
                c.raw().withoutInputs(),
                c.extrapolated().withoutInputs(),
                c.respondents(),
                c.notCommunicated(),
                c.unanswered(),
                c.excluded());
    }

    private static ShareGroupResult group(ShareGroupResult g) {
        boolean nobody = g.rows().stream().allMatch(r -> r.totals().respondents() == 0);
        if (!nobody) {
            return new ShareGroupResult(
                    g.group(), g.rows().stream().map(NotProvided::row).toList(), g.rawTotal(), g.extrapolatedTotal());
        }
        List<ShareRow> rows = g.rows().stream()
                .map(r -> new ShareRow(
                        count(r.totals()),
                        r.rawShare().withoutInputs(),
                        r.extrapolatedShare().withoutInputs()))
                .toList();
        return new ShareGroupResult(
                g.group(),
                rows,
                g.rawTotal().withoutInputs(),
                g.extrapolatedTotal().withoutInputs());
    }

    /** A member nobody answered has no share either (the others' shares still make 100). */
    private static ShareRow row(ShareRow r) {
        return r.totals().respondents() > 0
                ? r
                : new ShareRow(
                        count(r.totals()),
                        r.rawShare().withoutInputs(),
                        r.extrapolatedShare().withoutInputs());
    }

    private static RenewalResult renewal(RenewalResult r) {
        if (!r.unitsPerYear().terms().isEmpty()) {
            return r;
        }
        return new RenewalResult(
                r.spec(),
                r.unitsPerYear().withoutInputs(),
                r.eurosPerYear() == null ? null : r.eurosPerYear().withoutInputs());
    }

    private static StratumBreakdown breakdown(StratumBreakdown b) {
        return new StratumBreakdown(
                b.indicator(),
                b.value(),
                b.cells().stream()
                        .map(c -> c.respondents() > 0
                                ? c
                                : new StratumCell(
                                        c.stratumCode(),
                                        c.stratumLabel(),
                                        c.respondents(),
                                        c.raw().withoutInputs(),
                                        c.extrapolated().withoutInputs()))
                        .toList());
    }
}
