package org.mutualis.analysis.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statistical secret (« secret statistique », as INSEE applies it): which figures a reader who
 * may see only their own collectivité's answers is shown, so that no other single collectivité's
 * value can be recovered from them — alone, by subtracting the reader's own answer from a total,
 * or by comparing a raw total with its extrapolation. The rule is written once, here, and
 * {@link Redaction} applies it to every figure a service returns (docs/confidentiality.md):
 *
 * <ol>
 *   <li>a figure whose inputs come from the reader alone (or from nobody) is shown;
 *   <li>a figure with inputs from 1 or 2 collectivités other than the reader is suppressed
 *       ({@link #MIN_OTHERS}); a minimum or a maximum, being one collectivité's value, is
 *       suppressed whenever another collectivité gave it;
 *   <li>a figure that weighs its inputs unequally (an extrapolation by stratum, a weighted mean, a
 *       renewal) is shown only when each stratum it draws on holds no other respondent or at least
 *       {@link #MIN_OTHERS} of them, so that setting it beside the raw total cannot isolate a
 *       small stratum;
 *   <li>the parts of a whole (the strata of an indicator, the answers of a choice question) that
 *       draw on other collectivités are shown all together or not at all, so that the total minus
 *       the shown parts cannot give a suppressed one away (a part that is the reader's alone tells
 *       nothing the total did not, and stays); a choice question whose other respondents all gave
 *       the same answer is suppressed, since each one's answer would be known.
 * </ol>
 *
 * <p>A suppressed figure keeps its id and method, has no value (null), and carries a {@link
 * FigureNote.Kind#SECRET} note; the reader's own inputs stay, since they are theirs.
 */
public final class StatisticalSecret {

    /** A group of fewer respondents than this, the reader not counted, is never shown. */
    public static final int MIN_OTHERS = 3;

    private StatisticalSecret() {}

    /**
     * Whether a collectivité code is the reader's: {@code own} is their collectivité's code, or
     * the codes of the collectivités they answer for joined by commas (one person may answer for
     * several), "" when none. Every one of them is the reader's, none counts among the others.
     */
    public static boolean isOwn(String code, String own) {
        if (own.isEmpty()) {
            return false;
        }
        for (String one : own.split(",", -1)) {
            if (one.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reader whose collectivité is {@code own} ("" when none) may see this figure. */
    public static boolean shows(Figure figure, String own) {
        if (figure.value() == null) {
            return true;
        }
        Map<String, Set<String>> othersByStratum = othersByStratum(figure, own);
        Set<String> others = new LinkedHashSet<>();
        othersByStratum.values().forEach(others::addAll);
        if (others.isEmpty()) {
            return true;
        }
        if (figure.method() == Method.MIN || figure.method() == Method.MAX) {
            return false;
        }
        if (others.size() < MIN_OTHERS) {
            return false;
        }
        return !weighsUnequally(figure) || othersByStratum.values().stream().allMatch(s -> s.size() >= MIN_OTHERS);
    }

    /** Whether every part of a whole may be shown: if one may not, none is (rule 4). */
    public static boolean showsAll(Collection<Figure> parts, String own) {
        return parts.stream().allMatch(f -> shows(f, own));
    }

    /**
     * Whether the rows of a choice question may be shown: every row may, and the other
     * respondents did not all give one answer (each one's answer would then be known).
     *
     * @param counts one figure per answer, its inputs being those who gave it
     */
    public static boolean showsChoices(List<Figure> counts, String own) {
        if (!showsAll(counts, own)) {
            return false;
        }
        Set<String> everyone = new LinkedHashSet<>();
        List<Set<String>> byRow = new ArrayList<>();
        for (Figure count : counts) {
            Set<String> row = others(count, own);
            byRow.add(row);
            everyone.addAll(row);
        }
        return everyone.isEmpty() || byRow.stream().noneMatch(row -> row.equals(everyone));
    }

    /** The figure as the reader may see it: shown with their own inputs only, or suppressed. */
    public static Figure apply(Figure figure, String own) {
        return shows(figure, own) ? ownInputs(figure, own) : suppressed(figure, own);
    }

    /** The figure without its value: its id, its method, the reader's own inputs and a note. */
    public static Figure suppressed(Figure figure, String own) {
        List<FigureNote> notes = new ArrayList<>(ownNotes(figure, own));
        notes.add(new FigureNote(FigureNote.Kind.SECRET, null, "", String.valueOf(MIN_OTHERS)));
        return new Figure(
                figure.id(),
                null,
                figure.method(),
                "",
                ownTerms(figure, own),
                List.copyOf(notes),
                Figure.Reason.SECRET);
    }

    /** The collectivités other than the reader whose answers enter the figure. */
    public static Set<String> others(Figure figure, String own) {
        Set<String> others = new LinkedHashSet<>();
        othersByStratum(figure, own).values().forEach(others::addAll);
        return others;
    }

    static Figure ownInputs(Figure figure, String own) {
        return new Figure(
                figure.id(),
                figure.value(),
                figure.method(),
                "",
                ownTerms(figure, own),
                ownNotes(figure, own),
                figure.reason());
    }

    private static List<FigureTerm> ownTerms(Figure figure, String own) {
        return figure.terms().stream()
                .filter(t -> isOwn(t.collectivityCode(), own))
                .toList();
    }

    private static List<FigureNote> ownNotes(Figure figure, String own) {
        return figure.notes().stream()
                .filter(n -> n.collectivityCode() == null
                        ? n.kind() == FigureNote.Kind.STRATUM_WITHOUT_RESPONDENT
                        : isOwn(n.collectivityCode(), own))
                .toList();
    }

    private static Map<String, Set<String>> othersByStratum(Figure figure, String own) {
        Map<String, Set<String>> byStratum = new HashMap<>();
        for (FigureTerm term : figure.terms()) {
            if (!isOwn(term.collectivityCode(), own)) {
                byStratum
                        .computeIfAbsent(term.stratumCode(), s -> new LinkedHashSet<>())
                        .add(term.collectivityCode());
            }
        }
        return byStratum;
    }

    /** Whether the inputs carry weights that differ (an extrapolation, a weighted mean, a renewal). */
    private static boolean weighsUnequally(Figure figure) {
        Set<Object> weights = new LinkedHashSet<>();
        for (FigureTerm term : figure.terms()) {
            weights.add(term.weight() == null ? "none" : term.weight().stripTrailingZeros());
            if (term.divisor() != null) {
                return true;
            }
        }
        return weights.size() > 1;
    }
}
