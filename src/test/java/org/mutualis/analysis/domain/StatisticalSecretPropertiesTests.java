package org.mutualis.analysis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.mutualis.analysis.Figures;

/**
 * The statistical secret on random territories, read as an attacker would: a correspondent knows
 * their own answer and the strata's weights, and sets every figure they are shown side by side.
 */
class StatisticalSecretPropertiesTests {

    @Provide
    Arbitrary<GeneratedTerritory> territories() {
        return GeneratedTerritory.any(70, 0.15);
    }

    /** Every figure a correspondent is shown draws on no other respondent or on at least 3. */
    @Property(tries = 300)
    void aShownFigureAlwaysHasNoneOrAtLeastThreeOtherRespondents(
            @ForAll("territories") GeneratedTerritory t, @ForAll @IntRange(min = 0, max = 39) int readerIndex) {
        Synthesis full = SynthesisEngine.synthesise(t.request());
        String own = reader(t, readerIndex);
        Synthesis seen = Redaction.synthesis(full, own);
        Map<String, Figure> original = byId(full);
        for (Figure figure : Figures.all(seen)) {
            if (figure.value() == null) {
                continue;
            }
            Set<String> others = StatisticalSecret.others(original.get(figure.id()), own);
            assertThat(others.size())
                    .as(figure.id())
                    .satisfiesAnyOf(
                            n -> assertThat(n).isZero(),
                            n -> assertThat(n).isGreaterThanOrEqualTo(StatisticalSecret.MIN_OTHERS));
            assertThat(figure.terms())
                    .as("only the reader's own inputs")
                    .allSatisfy(term -> assertThat(term.collectivityCode()).isEqualTo(own));
            if (figure.method() == Method.MIN || figure.method() == Method.MAX) {
                assertThat(others)
                        .as("a minimum or maximum is one collectivité's value")
                        .isEmpty();
            }
        }
    }

    /**
     * No combination of the desktop figures a correspondent is shown (the raw and extrapolated
     * totals and the strata's cells, each a linear form of the answers whose coefficients the
     * reader knows) gives the value of one other collectivité, or of any two of them together:
     * the shown forms, less the reader's own answer, span no vector carried by one or two others.
     */
    @Property(tries = 300)
    void noSetOfShownTotalsIsolatesOneOrTwoOtherCollectivites(
            @ForAll("territories") GeneratedTerritory t, @ForAll @IntRange(min = 0, max = 39) int readerIndex) {
        Synthesis full = SynthesisEngine.synthesise(t.request());
        String own = reader(t, readerIndex);
        Synthesis seen = Redaction.synthesis(full, own);
        Map<String, Figure> original = byId(full);
        List<Figure> shown = new ArrayList<>();
        seen.count(GeneratedTerritory.DESKTOPS).ifPresent(c -> {
            shown.add(c.raw());
            shown.add(c.extrapolated());
        });
        seen.byStratum(GeneratedTerritory.DESKTOPS, null)
                .ifPresent(b -> b.cells().forEach(cell -> {
                    shown.add(cell.raw());
                    shown.add(cell.extrapolated());
                }));
        List<String> others = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Figure figure : shown) {
            if (figure.value() == null) {
                continue;
            }
            for (FigureTerm term : original.get(figure.id()).terms()) {
                if (!term.collectivityCode().equals(own) && !others.contains(term.collectivityCode())) {
                    others.add(term.collectivityCode());
                }
            }
        }
        for (Figure figure : shown) {
            if (figure.value() == null) {
                continue;
            }
            double[] row = new double[others.size()];
            for (FigureTerm term : original.get(figure.id()).terms()) {
                int i = others.indexOf(term.collectivityCode());
                if (i >= 0) {
                    row[i] += term.weight() == null ? 1 : term.weight().doubleValue();
                }
            }
            rows.add(row);
        }
        int rank = rank(rows, others.size());
        for (int x = 0; x < others.size(); x++) {
            for (int y = x; y < others.size(); y++) {
                List<double[]> extended = new ArrayList<>(rows);
                extended.add(unit(others.size(), x));
                if (y != x) {
                    extended.add(unit(others.size(), y));
                }
                int added = y == x ? 1 : 2;
                assertThat(rank(extended, others.size()))
                        .as("the shown totals isolate %s", y == x ? others.get(x) : others.get(x) + "+" + others.get(y))
                        .isEqualTo(rank + added);
            }
        }
    }

    /**
     * The secret only withholds: every figure a correspondent is shown is the engine's own value
     * (what the staff see), never a figure recomputed from fewer inputs; and a reader's own
     * answer alone is never withheld from them.
     */
    @Property(tries = 200)
    void aShownFigureIsTheStaffsValueAndTheReadersOwnAloneIsAlwaysShown(
            @ForAll("territories") GeneratedTerritory t, @ForAll @IntRange(min = 0, max = 39) int readerIndex) {
        Synthesis full = SynthesisEngine.synthesise(t.request());
        String own = reader(t, readerIndex);
        List<Figure> seen = Figures.all(Redaction.synthesis(full, own));
        List<Figure> all = Figures.all(full);
        assertThat(seen)
                .extracting(Figure::id)
                .isEqualTo(all.stream().map(Figure::id).toList());
        for (int i = 0; i < seen.size(); i++) {
            Figure original = all.get(i);
            if (seen.get(i).value() != null) {
                assertThat(seen.get(i).value()).isEqualByComparingTo(original.value());
            } else if (original.method() != Method.DIFFERENCE) {
                assertThat(StatisticalSecret.others(original, own))
                        .as("%s withheld though no other collectivité is behind it", original.id())
                        .isNotEmpty();
            }
        }
    }

    private static String reader(GeneratedTerritory t, int index) {
        List<String> respondents = new ArrayList<>(t.answers().keySet());
        return respondents.isEmpty() ? "" : respondents.get(index % respondents.size());
    }

    private static Map<String, Figure> byId(Synthesis s) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        Figures.all(s).forEach(f -> figures.putIfAbsent(f.id(), f));
        return figures;
    }

    private static double[] unit(int size, int i) {
        double[] row = new double[size];
        row[i] = 1;
        return row;
    }

    /** Gaussian elimination with partial pivoting; the coefficients are weights of a few digits. */
    private static int rank(List<double[]> rows, int columns) {
        double[][] m = rows.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int c = 0; c < columns && rank < m.length; c++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][c]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double factor = m[r][c] / m[rank][c];
                    for (int k = c; k < columns; k++) {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
