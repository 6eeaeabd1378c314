package org.mutualis.servicefinance.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.DeskDashboard.Compliance;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicefinance.documents.ActivityReport.CommuneLine;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.servicefinance.documents.ReportChart.Bar;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;

/**
 * The service centre's annual activity report as an A4 PDF for the council, in French: a title
 * page, then one section per part — services, units per collectivité, tickets and SLA compliance,
 * satisfaction, trainings, costs and reimbursements, savings and net balances — each with its
 * table, and the report's charts ({@link ReportChart}) drawn as vector graphics with real text. A
 * figure not communicated is « NC », one that cannot be drawn « — », never 0.
 */
public final class ActivityReportPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);
    private static final Color[] SERIES = {new Color(0x1F, 0x5F, 0x8B), new Color(0xE0, 0x8A, 0x1E)};
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final float WIDTH = PageSize.A4.getWidth() - 80;
    private static final float LABELS = 150;
    private static final float VALUES = 72;
    private static final float BAR = 11;
    private static final float GAP = 6;
    private static final float LEGEND = 18;
    private static final float TITLE = 20;

    /** The report's sections, in order (message {@code servicefinance.report.section.<name>}). */
    static final List<String> SECTIONS =
            List.of("services", "units", "desk", "satisfaction", "trainings", "costs", "savings");

    private ActivityReportPdf() {}

    public static byte[] write(ActivityReport report, StatementWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Fonts fonts =
                    new Fonts(base, new Font(base, 20), new Font(base, 13), new Font(base, 9), new Font(base, 7.5f));
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = words.get("servicefinance.report.title", report.year());
            document.addTitle(title + " — " + report.provider());
            document.addAuthor(report.provider());
            document.open();
            Writing w = new Writing(document, writer, report, words, fonts);
            w.titlePage(title);
            document.newPage();
            w.services();
            w.units();
            w.desk();
            w.satisfaction();
            w.trainings();
            w.costs();
            w.savings();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the activity report PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
    }

    private record Fonts(BaseFont base, Font title, Font heading, Font text, Font small) {}

    /** The writing of one document. */
    private static final class Writing {
        private final Document document;
        private final PdfWriter writer;
        private final ActivityReport r;
        private final StatementWords words;
        private final Fonts fonts;
        private final List<ReportChart> charts;

        Writing(Document document, PdfWriter writer, ActivityReport r, StatementWords words, Fonts fonts) {
            this.document = document;
            this.writer = writer;
            this.r = r;
            this.words = words;
            this.fonts = fonts;
            this.charts = ReportChart.of(r, words);
        }

        void titlePage(String title) throws DocumentException {
            Paragraph top = new Paragraph(title, fonts.title());
            top.setAlignment(Element.ALIGN_CENTER);
            top.setSpacingBefore(160);
            document.add(top);
            Paragraph subtitle = new Paragraph(words.get("servicefinance.report.subtitle"), fonts.heading());
            subtitle.setAlignment(Element.ALIGN_CENTER);
            subtitle.setSpacingBefore(10);
            document.add(subtitle);
            for (String line : List.of(
                    words.get("servicefinance.report.provider") + " : " + r.provider(),
                    words.get("servicefinance.report.year") + " : " + r.year(),
                    words.get("servicefinance.report.drawnUp") + " : " + StatementWords.date(r.drawnUpOn()))) {
                Paragraph p = new Paragraph(line, fonts.heading());
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingBefore(8);
                document.add(p);
            }
            Paragraph contents = spaced(words.get("servicefinance.report.contents"), fonts.heading(), 60);
            document.add(contents);
            int n = 1;
            for (String code : SECTIONS) {
                document.add(spaced(n++ + ". " + words.get("servicefinance.report.section." + code), fonts.text(), 3));
            }
            if (!r.drawn()) {
                document.add(spaced(unpriced(), fonts.text(), 24));
            }
        }

        String unpriced() {
            return words.get("servicefinance.report.unpriced", String.join(", ", r.unpriced()), r.year());
        }

        void services() throws DocumentException {
            section("services");
            PdfPTable t = table(new float[] {3.2f, 2.2f, 1.4f, 1.6f}, "service", "unit", "unitCost", "units");
            for (ServiceLine s : r.services()) {
                row(
                        t,
                        fonts.small(),
                        2,
                        s.label(),
                        unit(s),
                        s.unitCost() == null ? "—" : StatementWords.unitCost(s.unitCost()),
                        StatementWords.units(s.units()));
            }
            document.add(t);
        }

        void units() throws DocumentException {
            section("units");
            List<ServiceLine> used =
                    r.services().stream().filter(s -> s.units().signum() > 0).toList();
            if (used.isEmpty()) {
                document.add(spaced(words.get("servicefinance.report.units.none"), fonts.text(), 2));
                return;
            }
            float[] widths = new float[used.size() + 2];
            widths[0] = 2.6f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1.2f;
            }
            PdfPTable t = new PdfPTable(widths);
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            header(t, words.get("servicefinance.report.column.collectivity"));
            for (ServiceLine s : used) {
                header(t, s.label() + " (" + unit(s) + ")");
            }
            header(t, words.get("servicefinance.report.column.opened"));
            long opened = 0;
            for (CommuneLine c : r.communes()) {
                if (c.units().isEmpty() && c.ticketsOpened() == 0) {
                    continue;
                }
                t.addCell(cell(c.name(), fonts.small(), false));
                for (ServiceLine s : used) {
                    t.addCell(cell(StatementWords.units(c.units(s.code())), fonts.small(), true));
                }
                t.addCell(cell(String.valueOf(c.ticketsOpened()), fonts.small(), true));
                opened += c.ticketsOpened();
            }
            totalCell(t, words.get("servicefinance.report.total"), 1);
            for (ServiceLine s : used) {
                totalCell(t, StatementWords.units(s.units()), 1);
            }
            totalCell(t, String.valueOf(opened), 1);
            document.add(t);
        }

        void desk() throws DocumentException {
            section("desk");
            ActivityReport.Desk d = r.desk();
            Compliance o = d.overall();
            document.add(spaced(
                    words.get(
                            "servicefinance.report.desk.summary",
                            String.valueOf(d.opened()),
                            String.valueOf(d.solved()),
                            FrenchDecimals.format(d.hoursSpent())),
                    fonts.text(),
                    2));
            document.add(spaced(
                    words.get(
                            "servicefinance.report.desk.overall",
                            ReportChart.percent(o.takeChargeRate()),
                            String.valueOf(o.takenOnTime()),
                            String.valueOf(o.takeChargeCounted()),
                            ReportChart.percent(o.resolveRate()),
                            String.valueOf(o.resolvedOnTime()),
                            String.valueOf(o.resolveCounted())),
                    fonts.text(),
                    2));
            document.add(spaced(words.get("servicefinance.report.desk.method"), fonts.small(), 2));
            PdfPTable t = table(new float[] {2, 1, 2, 2}, "priority", "solved", "takeCharge", "resolved");
            for (PriorityLine p : d.byPriority()) {
                row(
                        t,
                        fonts.small(),
                        1,
                        words.text(
                                Text.of("servicedesk.priority." + p.priority().name())),
                        String.valueOf(p.solved()),
                        ReportChart.percent(p.takeChargeRate()) + " (" + p.takenOnTime() + " / " + p.takeChargeCounted()
                                + ")",
                        ReportChart.percent(p.resolveRate()) + " (" + p.resolvedOnTime() + " / " + p.resolveCounted()
                                + ")");
            }
            document.add(t);
            chart("sla");
        }

        void satisfaction() throws DocumentException {
            section("satisfaction");
            Satisfaction s = r.desk().satisfaction();
            if (s.average() == null) {
                document.add(spaced(words.get("servicefinance.report.satisfaction.none"), fonts.text(), 2));
                return;
            }
            document.add(spaced(
                    words.get(
                            "servicefinance.report.satisfaction.value",
                            FrenchDecimals.format(s.average()),
                            String.valueOf(s.answers())),
                    fonts.text(),
                    2));
            PdfPTable t = table(new float[] {1, 1}, "score", "answers");
            for (int score = 1; score <= s.byScore().size(); score++) {
                row(
                        t,
                        fonts.small(),
                        1,
                        score + " / 5",
                        String.valueOf(s.byScore().get(score - 1)));
            }
            document.add(t);
        }

        void trainings() throws DocumentException {
            section("trainings");
            var t = r.trainings();
            document.add(spaced(
                    words.get(
                            "servicefinance.report.trainings.value",
                            String.valueOf(t.sessionsHeld()),
                            String.valueOf(t.attendees()),
                            FrenchDecimals.format(t.daysAttended())),
                    fonts.text(),
                    2));
        }

        void costs() throws DocumentException {
            section("costs");
            if (!r.drawn()) {
                document.add(spaced(unpriced(), fonts.text(), 2));
            }
            PdfPTable t = table(
                    new float[] {3, 1.4f, 1.5f, 1.7f, 1.7f, 1.7f},
                    "service",
                    "units",
                    "unitCost",
                    "charges",
                    "expected",
                    "reimbursed");
            for (ServiceLine s : r.services()) {
                row(
                        t,
                        fonts.small(),
                        1,
                        s.label(),
                        StatementWords.units(s.units()),
                        s.unitCost() == null ? "—" : StatementWords.unitCost(s.unitCost()),
                        ReportChart.euros(s.charges()),
                        ReportChart.euros(s.expected()),
                        ReportChart.euros(s.reimbursed()));
            }
            totalCell(t, words.get("servicefinance.report.total"), 3);
            totalCell(t, StatementWords.euros(r.totals().charges()), 1);
            totalCell(t, ReportChart.euros(r.totals().expected()), 1);
            totalCell(t, ReportChart.euros(r.totals().reimbursed()), 1);
            document.add(t);
            if (r.drawn() && r.totals().reimbursed() != null && r.totals().expected() != null) {
                document.add(spaced(
                        words.get(
                                "servicefinance.report.costs.check",
                                StatementWords.euros(r.totals().reimbursed()),
                                StatementWords.euros(r.totals().expected())),
                        fonts.heading(),
                        6));
            }
            chart("services");
            chart("communes");
        }

        void savings() throws DocumentException {
            section("savings");
            document.add(spaced(words.get("servicefinance.report.savings.method"), fonts.small(), 2));
            PdfPTable t = table(
                    new float[] {3, 1.2f, 1.8f, 1.8f, 1.8f}, "collectivity", "code", "reimbursement", "savings", "net");
            for (CommuneLine c : r.communes()) {
                row(
                        t,
                        fonts.small(),
                        2,
                        c.name(),
                        c.code(),
                        ReportChart.euros(c.reimbursement()),
                        savings(c.knownSavings(), c.unknownSavings()),
                        net(c.net(), c.unknownSavings()));
            }
            totalCell(t, words.get("servicefinance.report.total"), 2);
            totalCell(t, ReportChart.euros(r.totals().reimbursed()), 1);
            totalCell(t, savings(r.totals().knownSavings(), r.totals().unknownSavings()), 1);
            totalCell(t, net(r.totals().net(), r.totals().unknownSavings()), 1);
            document.add(t);
        }

        private String savings(@Nullable BigDecimal known, int unknown) {
            String amount = ReportChart.euros(known);
            return unknown == 0 || known == null
                    ? amount
                    : words.get("servicefinance.report.savings.withNc", amount, String.valueOf(unknown));
        }

        private String net(@Nullable BigDecimal net, int unknown) {
            if (net != null) {
                return StatementWords.euros(net);
            }
            return unknown > 0 ? words.get("servicefinance.report.nc") : "—";
        }

        private String unit(ServiceLine s) {
            return words.text(Text.of("servicefinance.unit." + s.unit().name()));
        }

        private void chart(String id) throws DocumentException {
            for (ReportChart chart : charts) {
                if (chart.id().equals(id)) {
                    document.add(draw(chart));
                }
            }
        }

        /** The chart as a vector drawing placed in the flow of the text. */
        private Image draw(ReportChart chart) throws DocumentException {
            int series = Math.max(1, chart.series().size());
            float legend = chart.series().isEmpty() ? 0 : LEGEND;
            float group = series * BAR + GAP;
            float height = TITLE + legend + chart.bars().size() * group + GAP;
            float area = WIDTH - LABELS - VALUES;
            PdfContentByte canvas = writer.getDirectContent();
            PdfTemplate tpl = canvas.createTemplate(WIDTH, height);
            BaseFont font = fonts.base();
            // The title inside the drawing, so that a page break never parts it from its chart.
            tpl.beginText();
            tpl.setColorFill(INK);
            tpl.setFontAndSize(font, 10);
            tpl.showTextAligned(Element.ALIGN_LEFT, chart.title(), 0, height - 11, 0);
            tpl.endText();
            height -= TITLE;
            for (int s = 0; s < chart.series().size(); s++) {
                float x = LABELS + s * 170;
                tpl.setColorFill(SERIES[s % SERIES.length]);
                tpl.rectangle(x, height - 12, 8, 8);
                tpl.fill();
                label(tpl, font, chart.series().get(s), x + 11, height - 11, Element.ALIGN_LEFT);
            }
            float top = height - legend;
            for (Bar bar : chart.bars()) {
                float middle = top - (series * BAR) / 2f;
                label(tpl, font, fit(font, bar.label(), LABELS - 8), LABELS - 5, middle - 2.5f, Element.ALIGN_RIGHT);
                for (int s = 0; s < series; s++) {
                    BigDecimal value = bar.values().get(s);
                    float y = top - (s + 1) * BAR + 1;
                    float width = value == null
                            ? 0
                            : Math.max(value.signum() > 0 ? 0.8f : 0, (float) chart.fraction(value) * area);
                    if (value != null && width > 0) {
                        tpl.setColorFill(SERIES[s % SERIES.length]);
                        tpl.rectangle(LABELS, y, width, BAR - 2);
                        tpl.fill();
                    }
                    label(tpl, font, bar.shown().get(s), LABELS + width + 3, y + 1.8f, Element.ALIGN_LEFT);
                }
                top -= group;
            }
            tpl.setColorStroke(new Color(0x55, 0x55, 0x55));
            tpl.setLineWidth(0.6f);
            tpl.moveTo(LABELS, height - legend);
            tpl.lineTo(LABELS, GAP / 2);
            tpl.stroke();
            Image image = Image.getInstance(tpl);
            image.setAlignment(Element.ALIGN_LEFT);
            image.setSpacingBefore(12);
            image.setAlt(chart.summary());
            return image;
        }

        private static void label(PdfTemplate tpl, BaseFont font, String text, float x, float y, int align) {
            tpl.beginText();
            tpl.setColorFill(INK);
            tpl.setFontAndSize(font, 7.5f);
            tpl.showTextAligned(align, text, x, y, 0);
            tpl.endText();
        }

        private static String fit(BaseFont font, String text, float room) {
            if (font.getWidthPoint(text, 7.5f) <= room) {
                return text;
            }
            String cut = text;
            while (cut.length() > 1 && font.getWidthPoint(cut + "…", 7.5f) > room) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }

        private void section(String code) throws DocumentException {
            Paragraph p = spaced(words.get("servicefinance.report.section." + code), fonts.heading(), 16);
            p.setSpacingAfter(4);
            document.add(p);
        }

        private PdfPTable table(float[] widths, String... columns) throws DocumentException {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            for (String column : columns) {
                header(table, words.get("servicefinance.report.column." + column));
            }
            return table;
        }

        private void header(PdfPTable table, String text) {
            PdfPCell title = new PdfPCell(new Phrase(text, fonts.small()));
            title.setBackgroundColor(SHADE);
            table.addCell(title);
        }

        /** One row: the first {@code texts} cells are text, the others numbers (right-aligned). */
        private static void row(PdfPTable table, Font font, int texts, String... values) {
            for (int i = 0; i < values.length; i++) {
                table.addCell(cell(values[i], font, i >= texts));
            }
        }

        private void totalCell(PdfPTable table, String text, int span) {
            PdfPCell cell = new PdfPCell(new Phrase(text, fonts.text()));
            cell.setColspan(span);
            cell.setBackgroundColor(SHADE);
            if (span == 1) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        return p;
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
