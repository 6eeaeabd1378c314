package org.mutualis.analysis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What a reader who may see only their own collectivité's answers (a correspondent of a territory
 * whose answers are confidential) is shown of an analysis: every figure under the {@link
 * StatisticalSecret} — shown with its method and the reader's own inputs only, or suppressed —
 * and of who answered, NC or left blank, the reader's own code only (other codes are blanked: a
 * count stays, who does not). Exclusions are the reader's own.
 *
 * <p>The services apply it once, for every page and API alike (see {@code docs/confidentiality.md});
 * {@code own} is the reader's collectivité code, "" when none.
 */
public final class Redaction {

    private Redaction() {}

    /** One figure: shown with the reader's own inputs, or suppressed. */
    public static Figure figure(Figure figure, String own) {
        return StatisticalSecret.apply(figure, own);
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
                s.counts().stream().map(c -> count(c, f, own)).toList(),
                s.shareGroups().stream()
                        .map(g -> new ShareGroupResult(
                                g.group(),
                                g.rows().stream()
                                        .map(r -> new ShareRow(
                                                count(r.totals(), f, own),
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
                                blankOthers(m.notCommunicated(), own),
                                blankOthers(m.excluded(), own)))
                        .toList(),
                s.renewals().stream()
                        .map(r -> new RenewalResult(r.spec(), f.apply(r.unitsPerYear()), nullable(r.eurosPerYear(), f)))
                        .toList(),
                s.warnings().stream()
                        .filter(w -> w.collectivityCode() == null || StatisticalSecret.isOwn(w.collectivityCode(), own))
                        .toList(),
                s.exclusions().stream()
                        .filter(e -> StatisticalSecret.isOwn(e.collectivityCode(), own))
                        .toList(),
                s.choices().stream().map(c -> choice(c, own)).toList(),
                s.byStratum().stream().map(b -> breakdown(b, own)).toList());
    }

    /**
     * The priorities with each figure under the secret and its own inputs only; who ranked is
     * reduced to the reader. When one objective's figures are suppressed, the order of the
     * objectives (which would follow the few others' ranks) is not given either.
     */
    public static PriorityResult priorities(PriorityResult r, String own) {
        UnaryOperator<Figure> f = figure -> figure(figure, own);
        List<Figure> all = new ArrayList<>();
        r.objectives().forEach(o -> {
            all.add(o.borda());
            if (o.meanRankFigure() != null) {
                all.add(o.meanRankFigure());
            }
        });
        boolean ordered = StatisticalSecret.showsAll(all, own);
        List<String> given =
                r.objectives().stream().map(ObjectivePriority::objective).toList();
        return new PriorityResult(
                r.objectives().stream()
                        .map(o -> {
                            Figure mean = nullable(o.meanRankFigure(), f);
                            boolean meanShown = mean == null || mean.value() != null;
                            return new ObjectivePriority(
                                    o.objective(),
                                    o.rankers(),
                                    meanShown ? o.meanRank() : null,
                                    mean,
                                    ordered ? o.meanRankPosition() : null,
                                    f.apply(o.borda()),
                                    ordered ? o.bordaPosition() : 0);
                        })
                        .toList(),
                ordered ? r.byMeanRank() : given,
                ordered ? r.byBorda() : given,
                ordered ? r.ties() : List.of(),
                blankOthers(r.rankers(), own),
                blankOthers(r.nonRankers(), own),
                r.sharedRanks().stream()
                        .filter(s -> StatisticalSecret.isOwn(s.collectivityCode(), own))
                        .toList());
    }

    /**
     * Two campaigns compared: the totals under the secret (a difference only where both its
     * terms are shown), and the reader's own answers that changed.
     */
    public static YearOverYearResult comparison(YearOverYearResult r, String own) {
        UnaryOperator<Figure> f = figure -> figure(figure, own);
        return new YearOverYearResult(
                r.indicators().stream()
                        .map(c -> {
                            CountResult before = c.before() == null ? null : count(c.before(), f, own);
                            CountResult after = c.after() == null ? null : count(c.after(), f, own);
                            return new IndicatorChange(
                                    c.indicatorCode(),
                                    c.label(),
                                    before,
                                    after,
                                    difference(c.rawDifference(), before, after, CountResult::raw, own),
                                    difference(
                                            c.extrapolatedDifference(), before, after, CountResult::extrapolated, own));
                        })
                        .toList(),
                r.answers().stream()
                        .filter(a -> StatisticalSecret.isOwn(a.collectivityCode(), own))
                        .toList(),
                blankOthers(r.onlyBefore(), own),
                blankOthers(r.onlyAfter(), own));
    }

    /**
     * The publishers and how many use each, not who uses what: no matrix, no names, and no
     * publisher (or convergence) that fewer than {@link StatisticalSecret#MIN_OTHERS} other
     * collectivités use, since it would point at them.
     */
    public static SoftwareCoverage software(SoftwareCoverage c, String own) {
        return new SoftwareCoverage(
                c.domains(),
                Map.of(),
                List.of(),
                c.publishers().stream()
                        .filter(p -> enoughOthers(p.collectivityCodes(), own))
                        .map(p -> new PublisherCoverage(
                                p.key(), p.name(), p.domains(), blankOthers(p.collectivityCodes(), own)))
                        .toList(),
                c.convergences().stream()
                        .filter(v -> enoughOthers(v.collectivityCodes(), own))
                        .map(v -> new Convergence(
                                v.domain(), v.publisherKey(), v.publisher(), blankOthers(v.collectivityCodes(), own)))
                        .toList());
    }

    private static boolean enoughOthers(List<String> codes, String own) {
        long others = codes.stream()
                .filter(code -> !StatisticalSecret.isOwn(code, own))
                .distinct()
                .count();
        return others == 0 || others >= StatisticalSecret.MIN_OTHERS;
    }

    private static @Nullable Figure difference(
            @Nullable Figure difference,
            @Nullable CountResult before,
            @Nullable CountResult after,
            java.util.function.Function<CountResult, Figure> side,
            String own) {
        if (difference == null || before == null || after == null) {
            return difference == null ? null : StatisticalSecret.suppressed(difference, own);
        }
        boolean shown = side.apply(before).value() != null && side.apply(after).value() != null;
        return shown ? difference : StatisticalSecret.suppressed(difference, own);
    }

    private static CountResult count(CountResult c, UnaryOperator<Figure> f, String own) {
        return new CountResult(
                c.indicator(),
                f.apply(c.raw()),
                f.apply(c.extrapolated()),
                c.respondents(),
                blankOthers(c.notCommunicated(), own),
                blankOthers(c.unanswered(), own),
                blankOthers(c.excluded(), own),
                parts(c.parts(), f, own));
    }

    /**
     * The three parts are shown together or not at all: any two and the total give the third, so
     * one part under the secret hides the others.
     */
    private static CountResult.@Nullable Parts parts(
            CountResult.@Nullable Parts parts, UnaryOperator<Figure> f, String own) {
        if (parts == null) {
            return null;
        }
        Figure inventoried = f.apply(parts.inventoried());
        Figure declared = f.apply(parts.declared());
        Figure extrapolated = f.apply(parts.extrapolated());
        boolean hidden = (inventoried.value() == null && parts.inventoried().value() != null)
                || (declared.value() == null && parts.declared().value() != null)
                || (extrapolated.value() == null && parts.extrapolated().value() != null);
        if (!hidden) {
            return new CountResult.Parts(inventoried, declared, extrapolated);
        }
        return new CountResult.Parts(
                StatisticalSecret.suppressed(parts.inventoried(), own),
                StatisticalSecret.suppressed(parts.declared(), own),
                StatisticalSecret.suppressed(parts.extrapolated(), own));
    }

    /** A correspondent only learns whether their own answer was NC, unanswered or excluded. */
    private static ChoiceResult choice(ChoiceResult c, String own) {
        boolean shown = StatisticalSecret.showsChoices(
                c.rows().stream().map(ChoiceRow::raw).toList(), own);
        UnaryOperator<Figure> f = partOfAWhole(shown, own);
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
                blankOthers(c.notCommunicated(), own),
                blankOthers(c.unanswered(), own),
                blankOthers(c.excluded(), own));
    }

    /** An indicator by stratum: every cell, or none (the total minus the shown cells is known). */
    private static StratumBreakdown breakdown(StratumBreakdown b, String own) {
        List<Figure> parts = new ArrayList<>();
        b.cells().forEach(cell -> {
            parts.add(cell.raw());
            parts.add(cell.extrapolated());
        });
        boolean shown = StatisticalSecret.showsAll(parts, own);
        UnaryOperator<Figure> f = partOfAWhole(shown, own);
        return new StratumBreakdown(
                b.indicator(),
                b.value(),
                b.cells().stream()
                        .map(cell -> new StratumCell(
                                cell.stratumCode(),
                                cell.stratumLabel(),
                                cell.respondents(),
                                f.apply(cell.raw()),
                                f.apply(cell.extrapolated())))
                        .toList());
    }

    /**
     * A part of a whole: shown when the whole may be; else suppressed, but for a part whose
     * inputs are the reader's alone (or nobody's), which tells nothing the total did not.
     */
    private static UnaryOperator<Figure> partOfAWhole(boolean wholeShown, String own) {
        return figure -> wholeShown || StatisticalSecret.others(figure, own).isEmpty()
                ? figure(figure, own)
                : StatisticalSecret.suppressed(figure, own);
    }

    /** The same number of entries, the reader's own code kept and every other one blanked. */
    private static List<String> blankOthers(List<String> codes, String own) {
        return codes.stream()
                .map(code -> StatisticalSecret.isOwn(code, own) ? code : "")
                .toList();
    }

    private static @Nullable Figure nullable(@Nullable Figure figure, UnaryOperator<Figure> f) {
        return figure == null ? null : f.apply(figure);
    }
}
