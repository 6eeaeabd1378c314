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
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.BalanceView;
import org.mutualis.servicefinance.SavingLine;
import org.mutualis.servicefinance.domain.sharing.NetBalance;
import org.mutualis.shared.text.Text;

/**
 * One collectivité's net balance as an A4 PDF for its mayor: the three figures (savings obtained,
 * service charges, net), each saving with its procurement and how it was placed in the year, the
 * charges from the annual statement, the formula and the notes. In the Unicode font the statements
 * embed, amounts as French readers write them.
 */
public final class BalancePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color SHADE = new Color(0xE8, 0xEE, 0xF4);

    private BalancePdf() {}

    public static byte[] write(BalanceView view, LocalDate drawnUpOn, StatementWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 16);
            Font heading = new Font(base, 11);
            Font big = new Font(base, 14);
            Font text = new Font(base, 9);
            Font small = new Font(base, 8);
            PdfWriter.getInstance(document, out);
            String name = words.get("servicefinance.balance.title", view.collectivityName(), view.year());
            document.addTitle(name);
            document.addAuthor(view.territoryName());
            document.open();
            Paragraph top = new Paragraph(name, title);
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            document.add(spaced(
                    words.get(
                            "servicefinance.balance.pdf.provider",
                            view.territoryName(),
                            StatementWords.date(drawnUpOn)),
                    text,
                    6));
            NetBalance b = view.balance();
            PdfPTable figures = new PdfPTable(new float[] {1, 1, 1});
            figures.setWidthPercentage(100);
            figures.setSpacingBefore(10);
            figure(figures, words.get("servicefinance.balance.savings"), euros(b.knownSavings()), heading, big);
            figure(figures, words.get("servicefinance.balance.charges"), amount(b.charges(), words), heading, big);
            figure(figures, words.get("servicefinance.balance.net"), amount(b.net(), words), heading, big);
            document.add(figures);
            if (b.unknownSavings() > 0) {
                document.add(spaced(words.get("servicefinance.balance.ncCount", b.unknownSavings()), text, 4));
            }
            document.add(
                    spaced(words.get("servicefinance.balance.formula") + " : " + words.text(b.formula()), heading, 8));

            document.add(spaced(words.get("servicefinance.balance.savings.heading"), heading, 14));
            if (view.savings().isEmpty()) {
                document.add(spaced(words.get("servicefinance.balance.savings.none", view.year()), text, 2));
            } else {
                PdfPTable table = new PdfPTable(new float[] {3, 2.2f, 1.4f, 4});
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                header(
                        table,
                        small,
                        words.get("servicefinance.balance.column.procurement"),
                        words.get("servicefinance.balance.column.item"),
                        words.get("servicefinance.balance.column.amount"),
                        words.get("servicefinance.balance.column.method"));
                for (SavingLine line : view.savings()) {
                    table.addCell(cell(line.saving().procurement(), small, false));
                    table.addCell(
                            cell(line.saving().item() + " (" + line.saving().supplier() + ")", small, false));
                    table.addCell(cell(amount(line.saving().amount(), words), small, true));
                    table.addCell(cell(words.text(line.formula()), small, false));
                }
                document.add(table);
            }

            document.add(spaced(words.get("servicefinance.balance.charges.heading"), heading, 14));
            if (!view.chargesKnown()) {
                for (Text why : view.chargesUnknown()) {
                    document.add(spaced(words.text(why), text, 2));
                }
            } else if (!view.statementDrawn()) {
                document.add(spaced(words.get("servicefinance.balance.charges.none", view.year()), text, 2));
            } else {
                document.add(spaced(
                        words.get(
                                "servicefinance.balance.charges.statement",
                                String.valueOf(view.year()),
                                euros(b.charges() == null ? BigDecimal.ZERO : b.charges())),
                        text,
                        2));
            }

            document.add(spaced(words.get("servicefinance.balance.notes"), heading, 14));
            for (Text note : b.notes()) {
                document.add(spaced("• " + words.text(note), small, 2));
            }
            document.add(spaced(words.get("servicefinance.balance.yearRule"), small, 2));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the net balance PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
    }

    private static String euros(BigDecimal amount) {
        return StatementWords.euros(amount);
    }

    private static String amount(@Nullable BigDecimal amount, StatementWords words) {
        return amount == null ? words.get("servicefinance.balances.unknown") : euros(amount);
    }

    private static void figure(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(SHADE);
        cell.setPadding(6);
        cell.addElement(new Paragraph(label, labelFont));
        Paragraph v = new Paragraph(value, valueFont);
        cell.addElement(v);
        table.addCell(cell);
    }

    private static void header(PdfPTable table, Font font, String... columns) {
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell c = new PdfPCell(new Phrase(column, font));
            c.setBackgroundColor(SHADE);
            table.addCell(c);
        }
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static Paragraph spaced(String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        return p;
    }
}
