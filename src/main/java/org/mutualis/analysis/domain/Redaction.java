package org.mutualis.analysis.domain;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a reader who may see only their own collectivité's answers (a correspondent) is shown of
 * an analysis: every figure keeps its value and method, but its formula and inputs would reveal
 * the other collectivités' answers, so only the reader's own inputs and notes stay. Who answered
 * is reduced to the reader's own code (other codes are blanked: a count stays, who does not), and
 * the per-stratum figures are left out, since a stratum's only respondent would be exposed.
 *
 * <p>The services apply it once, for every page and API alike (see {@code docs/architecture.md},
 * "How access is decided"); {@code own} is the reader's collectivité code, "" when none.
 */
public final class Redaction {

    private Redaction() {}

    public static Figure figure(Figure figure, String own) {
        return new Figure(
                figure.id(),
                figure.value(),
                figure.method(),
                "",
                figure.terms().stream()
                        .filter(t -> t.collectivityCode().equals(own))
                        .toList(),
                figure.notes().stream()
                        .filter(n -> own.equals(n.collectivityCode()))
                        .toList());
    }

    public static Synthesis synthesis(Synthesis s, String own) {
        UnaryOperator<Figure> f = figure -> figure(figure, own);
        return new Synthesis(
                s.strata().stream()
                        .map(st -> new Stratum(
                                st.code(),
                                st.label(),
                                st.memberCodes(),
                                blankOthers(st.respondentCodes(), own),
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
                List.of(),
                s.choices().stream().map(c -> choice(c, f, own)).toList(),
                List.of());
    }

    /** The priorities with each figure's own inputs only; who ranked is reduced to the reader. */
    public static PriorityResult priorities(PriorityResult r, String own) {
        UnaryOperator<Figure> f = figure -> figure(figure, own);
        return new PriorityResult(
                r.objectives().stream()
                        .map(o -> new ObjectivePriority(
                                o.objective(),
                                o.rankers(),
                                o.meanRank(),
                                nullable(o.meanRankFigure(), f),
                                o.meanRankPosition(),
                                f.apply(o.borda()),
                                o.bordaPosition()))
                        .toList(),
                r.byMeanRank(),
                r.byBorda(),
                r.ties(),
                blankOthers(r.rankers(), own),
                blankOthers(r.nonRankers(), own),
                r.sharedRanks().stream()
                        .filter(s -> s.collectivityCode().equals(own))
                        .toList());
    }

    /** Two campaigns compared: the totals, and the reader's own answers that changed. */
    public static YearOverYearResult comparison(YearOverYearResult r, String own) {
        UnaryOperator<Figure> f = figure -> figure(figure, own);
        return new YearOverYearResult(
                r.indicators().stream()
                        .map(c -> new IndicatorChange(
                                c.indicatorCode(),
                                c.label(),
                                c.before() == null ? null : count(c.before(), f),
                                c.after() == null ? null : count(c.after(), f),
                                nullable(c.rawDifference(), f),
                                nullable(c.extrapolatedDifference(), f)))
                        .toList(),
                r.answers().stream()
                        .filter(a -> a.collectivityCode().equals(own))
                        .toList(),
                blankOthers(r.onlyBefore(), own),
                blankOthers(r.onlyAfter(), own));
    }

    /** The publishers and how many use each, not who uses what: no matrix, no names. */
    public static SoftwareCoverage software(SoftwareCoverage c, String own) {
        return new SoftwareCoverage(
                c.domains(),
                java.util.Map.of(),
                List.of(),
                c.publishers().stream()
                        .map(p -> new PublisherCoverage(
                                p.key(), p.name(), p.domains(), blankOthers(p.collectivityCodes(), own)))
                        .toList(),
                c.convergences().stream()
                        .map(v -> new Convergence(
                                v.domain(), v.publisherKey(), v.publisher(), blankOthers(v.collectivityCodes(), own)))
                        .toList());
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

    /** The same number of entries, the reader's own code kept and every other one blanked. */
    private static List<String> blankOthers(List<String> codes, String own) {
        return codes.stream().map(code -> code.equals(own) ? code : "").toList();
    }

    private static @Nullable Figure nullable(@Nullable Figure figure, UnaryOperator<Figure> f) {
        return figure == null ? null : f.apply(figure);
    }
}
