package org.mutualis.servicefinance.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.mutualis.servicefinance.domain.sharing.ExcludedUse;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementLine;

/**
 * One collectivité's annual statement as an A4 PDF for its council: who, the period, one row per
 * use, the totals per service with their computation, the total to reimburse, the uses left out
 * with their reason, and the articles of the code. Amounts as French readers write them ({@code
 * 1 234,56 €}), in the Unicode font the other documents embed, so that « », ×, ÷ and ’ print as
 * they are.
 */
public final class StatementPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);

    private StatementPdf() {}

    public static byte[] write(Statement statement, StatementHeading heading, StatementWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, statement, heading, words);
        return out.toByteArray();
    }

    /** Writes the PDF into {@code out}, which is closed with the document. */
    public static void write(OutputStream out, Statement statement, StatementHeading heading, StatementWords words) {
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Fonts fonts = new Fonts(new Font(base, 16), new Font(base, 11), new Font(base, 9), new Font(base, 8));
            PdfWriter.getInstance(document, out);
            String title = words.get("servicefinance.documents.statement.title");
            document.addTitle(title + " — " + statement.collectivityName());
            document.addAuthor(heading.provider());
            document.open();
            heading(document, statement, heading, words, fonts, title);
            uses(document, statement, heading, words, fonts);
            services(document, statement, heading, words, fonts);
            excluded(document, statement, heading, words, fonts);
            section(document, words.get("servicefinance.documents.section.notes"), fonts);
            for (String mention : StatementOds.mentions(statement, words)) {
                document.add(spaced(mention, fonts.small(), 3));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the annual statement PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
    }

    private record Fonts(Font title, Font heading, Font text, Font small) {}

    private static void heading(
            Document document, Statement s, StatementHeading heading, StatementWords words, Fonts fonts, String title)
            throws DocumentException {
        Paragraph top = new Paragraph(title, fonts.title());
        top.setAlignment(Element.ALIGN_CENTER);
        document.add(top);
        Paragraph subtitle = new Paragraph(words.get("servicefinance.documents.statement.subtitle"), fonts.text());
        subtitle.setAlignment(Element.ALIGN_CENTER);
        document.add(subtitle);
        document.add(spaced(
                words.get("servicefinance.documents.statement.collectivity") + " : " + s.collectivityName() + " ("
                        + s.collectivityCode() + ")",
                fonts.heading(),
                14));
        document.add(fact(words, "servicefinance.documents.statement.provider", heading.provider(), fonts));
        document.add(fact(words, "servicefinance.documents.statement.period", StatementOds.period(s, words), fonts));
        document.add(fact(
                words, "servicefinance.documents.statement.drawnUp", StatementWords.date(heading.drawnUpOn()), fonts));
        document.add(spaced(
                words.get(
                        "servicefinance.documents.statement.lines",
                        s.lines().size(),
                        s.excluded().size()),
                fonts.text(),
                2));
    }

    private static void uses(
            Document document, Statement s, StatementHeading heading, StatementWords words, Fonts fonts)
            throws DocumentException {
        section(document, words.get("servicefinance.documents.section.uses"), fonts);
        if (s.lines().isEmpty()) {
            document.add(spaced(words.get("servicefinance.documents.statement.noUse"), fonts.text(), 2));
            return;
        }
        PdfPTable table = table(
                words,
                fonts,
                new float[] {1.3f, 2.6f, 2.6f, 1, 1.5f, 1.5f},
                "servicefinance.documents.column.date",
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.source",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.unitCost",
                "servicefinance.documents.column.amount");
        for (StatementLine line : s.lines()) {
            row(
                    table,
                    fonts.small(),
                    StatementWords.date(line.use().date()),
                    heading.service(line.use().serviceCode()),
                    line.use().source(),
                    units(line.use().units(), heading.unit(line.use().serviceCode())),
                    StatementWords.unitCost(line.unitCost()),
                    StatementWords.euros(line.amount()));
        }
        document.add(table);
    }

    private static void services(
            Document document, Statement s, StatementHeading heading, StatementWords words, Fonts fonts)
            throws DocumentException {
        section(document, words.get("servicefinance.documents.section.services"), fonts);
        PdfPTable table = table(
                words,
                fonts,
                new float[] {3.2f, 0.8f, 1.6f, 1.5f, 1.5f},
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.year",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.unitCost",
                "servicefinance.documents.column.amount");
        for (ServiceTotal service : s.services()) {
            row(
                    table,
                    fonts.text(),
                    heading.service(service.serviceCode()),
                    String.valueOf(service.year()),
                    units(service.units(), heading.unit(service.serviceCode())),
                    StatementWords.unitCost(service.unitCost()),
                    StatementWords.euros(service.amount()));
            PdfPCell formula = new PdfPCell(new Phrase(
                    words.get("servicefinance.documents.column.formula") + " : " + words.text(service.formula()),
                    fonts.small()));
            formula.setColspan(5);
            formula.setBorderWidthTop(0);
            table.addCell(formula);
        }
        PdfPCell label =
                new PdfPCell(new Phrase(words.get("servicefinance.documents.statement.total"), fonts.heading()));
        label.setColspan(4);
        label.setBackgroundColor(SHADE);
        table.addCell(label);
        PdfPCell total = new PdfPCell(new Phrase(StatementWords.euros(s.total()), fonts.heading()));
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        total.setBackgroundColor(SHADE);
        table.addCell(total);
        document.add(table);
        document.add(spaced(
                words.get("servicefinance.documents.statement.totalLine", StatementWords.euros(s.total())),
                fonts.heading(),
                8));
    }

    private static void excluded(
            Document document, Statement s, StatementHeading heading, StatementWords words, Fonts fonts)
            throws DocumentException {
        section(document, words.get("servicefinance.documents.section.excluded"), fonts);
        if (s.excluded().isEmpty()) {
            document.add(spaced(words.get("servicefinance.documents.statement.noExcluded"), fonts.text(), 2));
            return;
        }
        PdfPTable table = table(
                words,
                fonts,
                new float[] {1.3f, 2.4f, 2.4f, 1, 4},
                "servicefinance.documents.column.date",
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.source",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.reason");
        for (ExcludedUse left : s.excluded()) {
            PdfPCell[] cells = {
                cell(StatementWords.date(left.use().date()), fonts.small(), false),
                cell(heading.service(left.use().serviceCode()), fonts.small(), false),
                cell(left.use().source(), fonts.small(), false),
                cell(StatementWords.units(left.use().units()), fonts.small(), true),
                cell(words.text(left.reason()), fonts.small(), false)
            };
            for (PdfPCell c : cells) {
                table.addCell(c);
            }
        }
        document.add(table);
    }

    private static String units(java.math.BigDecimal units, String unit) {
        return StatementWords.units(units) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static void section(Document document, String title, Fonts fonts) throws DocumentException {
        Paragraph p = spaced(title, fonts.heading(), 14);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static Paragraph fact(StatementWords words, String code, String value, Fonts fonts) {
        return spaced(words.get(code) + " : " + value, fonts.text(), 2);
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        return p;
    }

    private static PdfPTable table(StatementWords words, Fonts fonts, float[] widths, String... columns)
            throws DocumentException {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell title = new PdfPCell(new Phrase(words.get(column), fonts.small()));
            title.setBackgroundColor(SHADE);
            table.addCell(title);
        }
        return table;
    }

    /** The cells of one row; the last three (units or year, unit cost, amount) right-aligned. */
    private static void row(PdfPTable table, Font font, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.addCell(cell(values[i], font, i >= values.length - 3));
        }
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
