package org.mutualis.servicefinance.documents;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.documents.ReportChart.Bar;

/**
 * A {@link ReportChart} as inline SVG for the report's page: {@code role="img"} with a title and a
 * description (the chart in words) that assistive technologies read, the values written as text
 * at the end of each bar. The same geometry as the PDF's chart, scaled to 640 × n user units.
 */
public final class ReportSvg {

    static final int WIDTH = 640;
    static final int LABELS = 190;
    static final int VALUES = 90;
    static final int BAR = 14;
    static final int GAP = 8;
    static final int LEGEND = 22;
    /** Characters of a label at 11 units a letter that fit in {@link #LABELS}. */
    static final int MAX_LABEL = 30;

    /** The series' colours, readable on white and told apart in greys. */
    static final String[] COLOURS = {"#1f5f8b", "#e08a1e"};

    private ReportSvg() {}

    public static String write(ReportChart chart) {
        int series = Math.max(1, chart.series().size());
        int legend = chart.series().isEmpty() ? 0 : LEGEND;
        int group = series * BAR + GAP;
        int height = legend + chart.bars().size() * group + GAP;
        double area = WIDTH - LABELS - VALUES;
        String id = "chart-" + chart.id();
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart\" role=\"img\"")
                .append(" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(xml(chart.title()))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(xml(chart.summary()))
                .append("</desc>");
        for (int s = 0; s < chart.series().size(); s++) {
            int x = LABELS + s * 200;
            svg.append(rect(x, 6, 10, 10, COLOURS[s % COLOURS.length]));
            svg.append(text(x + 14, 15, chart.series().get(s), "start"));
        }
        int y = legend;
        for (Bar bar : chart.bars()) {
            svg.append(text(LABELS - 6, y + (series * BAR) / 2.0 + 4, shortened(bar.label()), "end"));
            for (int s = 0; s < series; s++) {
                BigDecimal value = bar.values().get(s);
                double top = y + s * BAR + 1;
                double width = value == null ? 0 : Math.max(value.signum() > 0 ? 1 : 0, chart.fraction(value) * area);
                if (value != null) {
                    svg.append(rect(LABELS, top, width, BAR - 2, COLOURS[s % COLOURS.length]));
                }
                svg.append(text(LABELS + width + 4, top + BAR - 4, bar.shown().get(s), "start"));
            }
            y += group;
        }
        svg.append("<line x1=\"")
                .append(LABELS)
                .append("\" y1=\"")
                .append(legend)
                .append("\" x2=\"")
                .append(LABELS)
                .append("\" y2=\"")
                .append(height - GAP)
                .append("\" stroke=\"#555\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    /** A label that fits left of the bars (the description gives it in full). */
    static String shortened(String label) {
        return label.length() <= MAX_LABEL
                ? label
                : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(width) + "\" height=\"" + num(height)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, String value, String anchor) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"11\" text-anchor=\"" + anchor
                + "\" fill=\"#222\">" + xml(value) + "</text>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String xml(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
