package org.mutualis.programme.documents;

import static org.mutualis.programme.domain.gantt.GanttLayout.BOTTOM;
import static org.mutualis.programme.domain.gantt.GanttLayout.HEADER_HEIGHT;
import static org.mutualis.programme.domain.gantt.GanttLayout.LABEL_WIDTH;
import static org.mutualis.programme.domain.gantt.GanttLayout.TICK_ROW_HEIGHT;
import static org.mutualis.programme.domain.gantt.GanttLayout.TITLE_HEIGHT;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLayout.Arrow;
import org.mutualis.programme.domain.gantt.GanttLayout.Bar;
import org.mutualis.programme.domain.gantt.GanttLayout.Diamond;
import org.mutualis.programme.domain.gantt.GanttLayout.Point;
import org.mutualis.programme.domain.gantt.GanttLayout.Row;
import org.mutualis.programme.domain.gantt.GanttLayout.Tick;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;

/**
 * A {@link GanttLayout} as a standalone SVG 1.1 document (no XML declaration, so the same string can also be
 * inlined in a page; its ids all start with {@code gantt-}, so inline one chart per page).
 *
 * <p>What it holds, for the pages' scripts, styles and tests:
 *
 * <ul>
 *   <li>{@code role="img"}, a {@code <title>} (the chart's title) and a {@code <desc>} (rows, span, late rows);
 *   <li>{@code <g class="gantt-header">}: the two rows of ticks (years and months, or months and weeks);
 *   <li>one {@code <g class="gantt-row gantt-<level> gantt-<status> [gantt-late]" data-id="…">} per row, in
 *       order: a {@code <title>} tooltip (label, dates, status, lateness), the label as {@code <text>} (in an
 *       {@code <a href>} when the row has a path or http(s) link), and a bar ({@code <rect class="gantt-bar">})
 *       or a diamond ({@code <path class="gantt-milestone">}); a late row has a red outline and hatching, and
 *       "⚠ en retard" after its label, so lateness is not told by colour only;
 *   <li>one {@code <path class="gantt-dependency" marker-end="url(#gantt-arrow)">} per dependency;
 *   <li>{@code <g class="gantt-today">}: the today line and its label, when today is inside the span.
 * </ul>
 *
 * <p>Every text is XML-escaped (a label {@code <script>} prints as text); characters XML cannot hold are dropped.
 * Styled by presentation attributes only: no stylesheet, font or image to fetch; prints as it shows.
 */
public final class GanttSvg {

    private static final String FONT = "'Liberation Sans', Arial, Helvetica, sans-serif";
    private static final double FONT_SIZE = 12;
    /** The estimated advance of a character at 12 px, to cut labels to the labels column. */
    private static final double CHAR_WIDTH = 6.6;

    private static final double INDENT = 14;
    private static final String LATE = "#c62828";

    private GanttSvg() {}

    /** The chart as an SVG document. */
    public static String write(GanttLayout layout, GanttWords words) {
        DateTimeFormatter dates = words.formatter();
        StringBuilder svg = new StringBuilder(4096 + layout.rows().size() * 520);
        String width = number(layout.width());
        String height = number(layout.height());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"gantt-title gantt-desc\" class=\"gantt\"")
                .append(" font-family=\"")
                .append(FONT)
                .append("\" font-size=\"")
                .append(number(FONT_SIZE))
                .append("\">\n");
        svg.append("<title id=\"gantt-title\">");
        text(svg, layout.chart().title());
        svg.append("</title>\n<desc id=\"gantt-desc\">");
        text(svg, GanttText.summary(layout, words, dates));
        svg.append("</desc>\n");
        defs(svg);
        svg.append("<rect class=\"gantt-background\" x=\"0\" y=\"0\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<text class=\"gantt-heading\" x=\"12\" y=\"22\" font-size=\"16\" font-weight=\"bold\">");
        text(svg, layout.chart().title());
        svg.append("</text>\n");
        header(svg, layout, words);
        grid(svg, layout);
        svg.append("<g class=\"gantt-rows\">\n");
        for (Row row : layout.rows()) {
            row(svg, row, words, dates);
        }
        svg.append("</g>\n<g class=\"gantt-dependencies\" fill=\"none\" stroke=\"#546e7a\" stroke-width=\"1.2\">\n");
        for (Arrow arrow : layout.arrows()) {
            dependency(svg, layout, arrow);
        }
        svg.append("</g>\n");
        today(svg, layout, words);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void defs(StringBuilder svg) {
        svg.append("<defs>\n")
                .append("<pattern id=\"gantt-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
                .append(LATE)
                .append("\" stroke-width=\"2\" stroke-opacity=\"0.7\"/></pattern>\n")
                .append("<marker id=\"gantt-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">")
                .append("<path d=\"M0,0 L8,4 L0,8 z\" fill=\"#546e7a\"/></marker>\n")
                .append("</defs>\n");
    }

    private static void header(StringBuilder svg, GanttLayout layout, GanttWords words) {
        svg.append("<g class=\"gantt-header\" font-size=\"11\">\n");
        ticks(svg, layout.upperTicks(), TITLE_HEIGHT, words);
        ticks(svg, layout.lowerTicks(), TITLE_HEIGHT + TICK_ROW_HEIGHT, words);
        svg.append("</g>\n");
    }

    private static void ticks(StringBuilder svg, List<Tick> ticks, double y, GanttWords words) {
        for (Tick tick : ticks) {
            svg.append("<rect class=\"gantt-tick\" x=\"")
                    .append(number(tick.x()))
                    .append("\" y=\"")
                    .append(number(y))
                    .append("\" width=\"")
                    .append(number(tick.width()))
                    .append("\" height=\"")
                    .append(number(TICK_ROW_HEIGHT))
                    .append("\" fill=\"#eef2f7\" stroke=\"#b0bccb\" stroke-width=\"0.5\"/>");
            String label = tickLabel(tick, words);
            if (label.length() * 6.2 + 6 <= tick.width()) {
                svg.append("<text x=\"")
                        .append(number(tick.x() + 3))
                        .append("\" y=\"")
                        .append(number(y + 15))
                        .append("\">");
                text(svg, label);
                svg.append("</text>");
            }
            svg.append('\n');
        }
    }

    /** A tick's words: "2027"; "mars" under years, "mars 2027" above weeks; a week's first day of month. */
    static String tickLabel(Tick tick, GanttWords words) {
        return switch (tick.kind()) {
            case YEAR -> Integer.toString(tick.date().getYear());
            case MONTH ->
                tick.width() >= 20 * 7
                        ? words.month(tick.date()) + " " + tick.date().getYear()
                        : words.month(tick.date());
            case WEEK -> Integer.toString(tick.date().getDayOfMonth());
        };
    }

    private static void grid(StringBuilder svg, GanttLayout layout) {
        double bottom = layout.height() - BOTTOM;
        svg.append("<g class=\"gantt-grid\" stroke=\"#e3e7ee\" stroke-width=\"1\">\n");
        for (Row row : layout.rows()) {
            if (row.row().level() == GanttLevel.STAGE) {
                svg.append("<rect x=\"0\" y=\"")
                        .append(number(row.top()))
                        .append("\" width=\"")
                        .append(number(layout.width()))
                        .append("\" height=\"")
                        .append(number(GanttLayout.ROW_HEIGHT))
                        .append("\" fill=\"#f3f5f9\" stroke=\"none\"/>\n");
            }
        }
        for (Tick tick : layout.lowerTicks()) {
            line(svg, tick.x(), HEADER_HEIGHT, tick.x(), bottom);
        }
        line(svg, layout.timelineRight(), HEADER_HEIGHT, layout.timelineRight(), bottom);
        line(svg, LABEL_WIDTH, TITLE_HEIGHT, LABEL_WIDTH, bottom);
        svg.append("</g>\n");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"")
                .append(number(x1))
                .append("\" y1=\"")
                .append(number(y1))
                .append("\" x2=\"")
                .append(number(x2))
                .append("\" y2=\"")
                .append(number(y2))
                .append("\"/>\n");
    }

    private static void row(StringBuilder svg, Row placed, GanttWords words, DateTimeFormatter dates) {
        GanttRow row = placed.row();
        svg.append("<g class=\"gantt-row gantt-")
                .append(row.level().name().toLowerCase(Locale.ROOT))
                .append(" gantt-")
                .append(row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append(row.late() ? " gantt-late" : "")
                .append("\" data-id=\"");
        text(svg, row.id());
        svg.append("\"><title>");
        text(svg, GanttText.tooltip(row, words, dates));
        svg.append("</title>");
        label(svg, placed, words);
        Bar bar = placed.bar();
        Diamond diamond = placed.diamond();
        if (bar != null) {
            bar(svg, row, bar);
        } else if (diamond != null) {
            diamond(svg, row, diamond);
        }
        svg.append("</g>\n");
    }

    private static void label(StringBuilder svg, Row placed, GanttWords words) {
        GanttRow row = placed.row();
        double x = 8 + row.level().depth() * INDENT;
        String suffix = row.late() ? " " + GanttText.WARNING + " " + words.late() : "";
        double charWidth = row.level() == GanttLevel.TASK ? CHAR_WIDTH : CHAR_WIDTH * 1.1;
        int room = (int) ((LABEL_WIDTH - x - 8) / charWidth) - suffix.length();
        String link = safeLink(row.href());
        if (link != null) {
            svg.append("<a href=\"");
            text(svg, link);
            svg.append("\" xlink:href=\"");
            text(svg, link);
            svg.append("\">");
        }
        svg.append("<text class=\"gantt-label\" x=\"")
                .append(number(x))
                .append("\" y=\"")
                .append(number(placed.middle() + 4))
                .append('"');
        if (row.level() != GanttLevel.TASK) {
            svg.append(" font-weight=\"bold\"");
        }
        if (row.status() == GanttStatus.CANCELLED) {
            svg.append(" fill=\"#757575\" text-decoration=\"line-through\"");
        } else if (link != null) {
            svg.append(" fill=\"#0d47a1\"");
        }
        svg.append('>');
        text(svg, GanttText.cut(row.label(), Math.max(room, 4)));
        if (row.late()) {
            svg.append("<tspan class=\"gantt-late-mark\" fill=\"").append(LATE).append("\" font-weight=\"bold\">");
            text(svg, suffix);
            svg.append("</tspan>");
        }
        svg.append("</text>");
        if (link != null) {
            svg.append("</a>");
        }
    }

    /** A link kept only when it is a path of this site or http(s): never {@code javascript:} or {@code data:}. */
    static @Nullable String safeLink(@Nullable String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String lower = href.strip().toLowerCase(Locale.ROOT);
        boolean path = lower.startsWith("/") && !lower.startsWith("//");
        return path || lower.startsWith("https://") || lower.startsWith("http://") ? href.strip() : null;
    }

    private static void bar(StringBuilder svg, GanttRow row, Bar bar) {
        String fill;
        String stroke;
        if (row.level() != GanttLevel.TASK) {
            fill = switch (row.level()) {
                case STAGE -> "#263238";
                case ACTION -> "#455a64";
                default -> "#78909c";
            };
            stroke = fill;
        } else {
            fill = switch (row.status()) {
                case TODO -> "#cfd8dc";
                case IN_PROGRESS -> "#90caf9";
                case DONE -> "#a5d6a7";
                case CANCELLED -> "#f5f5f5";
            };
            stroke = switch (row.status()) {
                case TODO -> "#78909c";
                case IN_PROGRESS -> "#1e88e5";
                case DONE -> "#388e3c";
                case CANCELLED -> "#9e9e9e";
            };
        }
        svg.append("<rect class=\"gantt-bar\" x=\"")
                .append(number(bar.x()))
                .append("\" y=\"")
                .append(number(bar.y()))
                .append("\" width=\"")
                .append(number(bar.width()))
                .append("\" height=\"")
                .append(number(bar.height()))
                .append("\" rx=\"2\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(row.late() ? LATE : stroke)
                .append("\" stroke-width=\"")
                .append(row.late() ? "2" : "1")
                .append('"');
        if (row.status() == GanttStatus.CANCELLED) {
            svg.append(" stroke-dasharray=\"4 2\"");
        }
        svg.append("/>");
        if (row.late()) {
            svg.append("<rect class=\"gantt-late-hatch\" x=\"")
                    .append(number(bar.x()))
                    .append("\" y=\"")
                    .append(number(bar.y()))
                    .append("\" width=\"")
                    .append(number(bar.width()))
                    .append("\" height=\"")
                    .append(number(bar.height()))
                    .append("\" fill=\"url(#gantt-hatch)\"/>");
        }
    }

    private static void diamond(StringBuilder svg, GanttRow row, Diamond diamond) {
        double cx = diamond.cx();
        double cy = diamond.cy();
        double r = diamond.radius();
        svg.append("<path class=\"gantt-milestone\" d=\"M")
                .append(number(cx))
                .append(',')
                .append(number(cy - r))
                .append(" L")
                .append(number(cx + r))
                .append(',')
                .append(number(cy))
                .append(" L")
                .append(number(cx))
                .append(',')
                .append(number(cy + r))
                .append(" L")
                .append(number(cx - r))
                .append(',')
                .append(number(cy))
                .append(" Z\" fill=\"")
                .append(row.status() == GanttStatus.DONE ? "#388e3c" : "#6a1b9a")
                .append('"');
        if (row.late()) {
            svg.append(" stroke=\"").append(LATE).append("\" stroke-width=\"2\"");
        }
        svg.append("/>");
    }

    private static void dependency(StringBuilder svg, GanttLayout layout, Arrow arrow) {
        svg.append("<path class=\"gantt-dependency\" data-from=\"");
        text(svg, layout.rows().get(arrow.from()).row().id());
        svg.append("\" data-to=\"");
        text(svg, layout.rows().get(arrow.to()).row().id());
        svg.append("\" d=\"");
        List<Point> points = arrow.points();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            svg.append(i == 0 ? "M" : " L")
                    .append(number(point.x()))
                    .append(',')
                    .append(number(point.y()));
        }
        svg.append("\" marker-end=\"url(#gantt-arrow)\"/>\n");
    }

    private static void today(StringBuilder svg, GanttLayout layout, GanttWords words) {
        OptionalDouble today = layout.todayX();
        if (today.isEmpty()) {
            return;
        }
        double x = today.getAsDouble();
        svg.append("<g class=\"gantt-today\"><line x1=\"")
                .append(number(x))
                .append("\" y1=\"")
                .append(number(TITLE_HEIGHT - 12))
                .append("\" x2=\"")
                .append(number(x))
                .append("\" y2=\"")
                .append(number(layout.height() - BOTTOM))
                .append("\" stroke=\"#d32f2f\" stroke-width=\"1.5\" stroke-dasharray=\"6 3\"/>")
                .append("<text x=\"")
                .append(number(x + 4))
                .append("\" y=\"")
                .append(number(TITLE_HEIGHT - 6))
                .append("\" fill=\"#d32f2f\" font-size=\"11\" font-weight=\"bold\">");
        text(svg, words.today());
        svg.append("</text></g>\n");
    }

    /** Appends text escaped for XML content and attribute values alike. */
    static void text(StringBuilder svg, String text) {
        String safe = GanttText.xmlSafe(text);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> svg.append("&lt;");
                case '>' -> svg.append("&gt;");
                case '&' -> svg.append("&amp;");
                case '"' -> svg.append("&quot;");
                case '\'' -> svg.append("&#39;");
                case '\n', '\r', '\t' -> svg.append(' ');
                default -> svg.append(c);
            }
        }
    }

    /** A coordinate with at most two decimals, a dot and no exponent, whatever the default locale. */
    static String number(double value) {
        long hundredths = Math.round(value * 100);
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.');
            if (fraction < 10) {
                text.append('0').append(fraction);
            } else if (fraction % 10 == 0) {
                text.append(fraction / 10);
            } else {
                text.append(fraction);
            }
        }
        return text.toString();
    }
}
