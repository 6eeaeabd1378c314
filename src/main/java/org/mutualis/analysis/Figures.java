package org.mutualis.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;

/** Every figure of a synthesis, to find the one a reader asks "how is this computed?" about. */
public final class Figures {

    private Figures() {}

    public static List<Figure> all(Synthesis synthesis) {
        List<Figure> figures = new ArrayList<>();
        synthesis.strata().forEach(s -> figures.add(s.weightFigure()));
        synthesis.counts().forEach(c -> {
            figures.add(c.raw());
            figures.add(c.extrapolated());
            if (c.parts() != null) {
                figures.add(c.parts().inventoried());
                figures.add(c.parts().declared());
                figures.add(c.parts().extrapolated());
            }
        });
        synthesis.shareGroups().forEach(g -> {
            figures.add(g.rawTotal());
            figures.add(g.extrapolatedTotal());
            g.rows().forEach(r -> {
                figures.add(r.rawShare());
                figures.add(r.extrapolatedShare());
            });
        });
        synthesis
                .means()
                .forEach(m -> Stream.of(m.simpleMean(), m.weightedMean(), m.min(), m.max())
                        .filter(Objects::nonNull)
                        .forEach(figures::add));
        synthesis.renewals().forEach(r -> {
            figures.add(r.unitsPerYear());
            if (r.eurosPerYear() != null) {
                figures.add(r.eurosPerYear());
            }
        });
        synthesis
                .choices()
                .forEach(c -> c.rows().forEach(r -> {
                    figures.add(r.raw());
                    figures.add(r.extrapolated());
                    figures.add(r.rawShare());
                    figures.add(r.extrapolatedShare());
                }));
        synthesis
                .byStratum()
                .forEach(b -> b.cells().forEach(cell -> {
                    figures.add(cell.raw());
                    figures.add(cell.extrapolated());
                }));
        return figures;
    }

    public static Optional<Figure> find(Synthesis synthesis, String id) {
        return all(synthesis).stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
