package org.mutualis.analysis.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.shared.text.CsvCells;

/**
 * The command line's CSV output: one row per figure, with its method and formula; texts that a
 * spreadsheet would run as a formula are neutralised ({@link CsvCells}).
 */
final class SynthesisCsv {

    static final String[] HEADER = {"section", "code", "measure", "value", "respondents", "method", "formula", "reason"
    };

    private SynthesisCsv() {}

    static void write(Synthesis s, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = new CSVPrinter(
                    writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            for (var st : s.strata()) {
                record(
                        csv,
                        "stratum",
                        st.code(),
                        "weight",
                        SynthesisTree.plain(st.weight()),
                        st.respondents(),
                        st.weightFigure().method(),
                        st.weightFigure().formula(),
                        null);
            }
            for (var c : s.counts()) {
                row(csv, "indicator", c.indicator().code(), "raw", c.raw(), c.respondents());
                row(csv, "indicator", c.indicator().code(), "extrapolated", c.extrapolated(), c.respondents());
            }
            for (var g : s.shareGroups()) {
                for (var r : g.rows()) {
                    String code =
                            g.group().code() + "." + r.totals().indicator().code();
                    row(
                            csv,
                            "share",
                            code,
                            "rawPercent",
                            r.rawShare(),
                            r.totals().respondents());
                    row(
                            csv,
                            "share",
                            code,
                            "extrapolatedPercent",
                            r.extrapolatedShare(),
                            r.totals().respondents());
                }
            }
            for (var m : s.means()) {
                row(csv, "mean", m.indicator().code(), "simple", m.simpleMean(), m.respondents());
                row(csv, "mean", m.indicator().code(), "weighted", m.weightedMean(), m.respondents());
                row(csv, "mean", m.indicator().code(), "min", m.min(), m.respondents());
                row(csv, "mean", m.indicator().code(), "max", m.max(), m.respondents());
            }
            for (var r : s.renewals()) {
                row(csv, "renewal", r.spec().code(), "unitsPerYear", r.unitsPerYear(), null);
                row(csv, "renewal", r.spec().code(), "eurosPerYear", r.eurosPerYear(), null);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            CSVPrinter csv,
            String section,
            String code,
            String measure,
            @Nullable Figure figure,
            @Nullable Integer respondents)
            throws IOException {
        if (figure == null) {
            return;
        }
        BigDecimal value = SynthesisTree.plain(figure.value());
        // An empty value with a reason: « non renseigné » (NOT_PROVIDED) is not 0.
        record(
                csv,
                section,
                code,
                measure,
                value,
                respondents,
                figure.method(),
                figure.formula(),
                figure.reason() == null ? null : figure.reason().name());
    }

    /** Texts neutralised against formula injection ({@link CsvCells}); numbers written as numbers. */
    private static void record(CSVPrinter csv, @Nullable Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] instanceof CharSequence text ? CsvCells.neutralise(text.toString()) : values[i];
        }
        csv.printRecord(cells);
    }
}
