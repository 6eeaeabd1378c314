package org.mutualis.analysis.web;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.ChoiceResult;
import org.mutualis.analysis.domain.ChoiceRow;
import org.mutualis.analysis.domain.CountResult;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.MeanResult;
import org.mutualis.analysis.domain.RenewalResult;
import org.mutualis.analysis.domain.ShareGroupResult;
import org.mutualis.analysis.domain.ShareRow;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.CampaignData;
import org.mutualis.identity.CurrentUser;

/** The synthesis as a user may see it: every figure passed through {@link FigureAccess}. */
final class SynthesisRedaction {

    private SynthesisRedaction() {}

    static Synthesis forUser(Synthesis s, CurrentUser user, CampaignData data) {
        if (FigureAccess.showsDetails(user)) {
            return s;
        }
        UnaryOperator<Figure> f = figure -> FigureAccess.forUser(figure, user, data);
        String own = FigureAccess.ownCode(user, data);
        return new Synthesis(
                s.strata().stream()
                        .map(st -> new Stratum(
                                st.code(),
                                st.label(),
                                st.memberCodes(),
                                st.respondentCodes(),
                                st.population(),
                                st.weight(),
                                f.apply(st.weightFigure())))
                        .toList(),
                s.counts().stream().map(c -> count(c, f)).toList(),
                s.shareGroups().stream()
                        .map(g -> new ShareGroupResult(
                                g.group(),
                                g.rows().stream()
                                        .map(r -> new ShareRow(
                                                count(r.totals(), f),
                                                f.apply(r.rawShare()),
                                                f.apply(r.extrapolatedShare())))
                                        .toList(),
                                f.apply(g.rawTotal()),
                                f.apply(g.extrapolatedTotal())))
                        .toList(),
                s.means().stream()
                        .map(m -> new MeanResult(
                                m.indicator(),
                                nullable(m.simpleMean(), f),
                                nullable(m.weightedMean(), f),
                                nullable(m.min(), f),
                                nullable(m.max(), f),
                                m.respondents(),
                                m.notCommunicated(),
                                m.excluded()))
                        .toList(),
                s.renewals().stream()
                        .map(r -> new RenewalResult(r.spec(), f.apply(r.unitsPerYear()), nullable(r.eurosPerYear(), f)))
                        .toList(),
                s.warnings().stream().filter(w -> w.collectivityCode() == null).toList(),
                java.util.List.of(),
                s.choices().stream().map(c -> choice(c, f, own)).toList(),
                // Per-stratum figures would show the answer of a stratum's only respondent (Morlaix,
                // the EPCI): correspondents see the territory's figures, not the strata's.
                List.of());
    }

    private static CountResult count(CountResult c, UnaryOperator<Figure> f) {
        return new CountResult(
                c.indicator(),
                f.apply(c.raw()),
                f.apply(c.extrapolated()),
                c.respondents(),
                c.notCommunicated(),
                c.unanswered(),
                c.excluded());
    }

    /** A correspondent only learns whether their own answer was NC, unanswered or excluded. */
    private static ChoiceResult choice(ChoiceResult c, UnaryOperator<Figure> f, String own) {
        return new ChoiceResult(
                c.indicator(),
                c.rows().stream()
                        .map(r -> new ChoiceRow(
                                r.value(),
                                f.apply(r.raw()),
                                f.apply(r.extrapolated()),
                                f.apply(r.rawShare()),
                                f.apply(r.extrapolatedShare())))
                        .toList(),
                c.respondents(),
                c.notCommunicated().stream().filter(own::equals).toList(),
                c.unanswered().stream().filter(own::equals).toList(),
                c.excluded().stream().filter(own::equals).toList());
    }

    private static @Nullable Figure nullable(@Nullable Figure figure, UnaryOperator<Figure> f) {
        return figure == null ? null : f.apply(figure);
    }
}
