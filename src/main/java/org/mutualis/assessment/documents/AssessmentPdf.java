package org.mutualis.assessment.documents;

import static org.mutualis.assessment.documents.AssessmentText.amount;
import static org.mutualis.assessment.documents.AssessmentText.euros;
import static org.mutualis.assessment.documents.AssessmentText.headline;
import static org.mutualis.assessment.documents.AssessmentText.period;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.mutualis.assessment.AssessmentHeading;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.assessment.domain.AssessmentItem;
import org.mutualis.assessment.domain.AssessmentLine;
import org.mutualis.assessment.domain.AssessmentTotals;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.springframework.stereotype.Component;

/**
 * The assessment document of the study's phase 2 ("bilan existant / obtenu") as an A4 PDF: a
 * table per item, the totals per collectivité and for the procurement, and the method with every
 * formula. Written with a Unicode font embedded in openpdf, so "−", "×" and "Σ" print as they are.
 */
@Component
public class AssessmentPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color HEADER = new Color(0xE4, 0xEC, 0xF4);

    /** The document as PDF bytes. */
    public byte[] render(Assessment assessment, AssessmentHeading heading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Fonts fonts = new Fonts(new Font(base, 16), new Font(base, 12), new Font(base, 9), new Font(base, 8));
            PdfWriter.getInstance(document, out);
            document.addTitle(AssessmentText.TITLE + " — " + heading.subject());
            document.open();
            title(document, heading, fonts);
            for (AssessmentItem item : assessment.items()) {
                item(document, item, fonts);
            }
            totals(document, assessment, fonts);
            method(document, assessment, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the assessment PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
    }

    private record Fonts(Font title, Font heading, Font text, Font small) {}

    private static void title(Document document, AssessmentHeading heading, Fonts fonts) throws DocumentException {
        document.add(new Paragraph(AssessmentText.TITLE, fonts.title()));
        document.add(new Paragraph(heading.subject(), fonts.heading()));
        document.add(new Paragraph("Territoire : " + heading.territory(), fonts.text()));
        document.add(new Paragraph("Procédure : " + heading.procedure(), fonts.text()));
        document.add(new Paragraph("Attribution : " + AssessmentText.date(heading.awardedOn()), fonts.text()));
        document.add(new Paragraph("Édité le " + AssessmentText.date(heading.generatedOn()), fonts.text()));
    }

    private static void item(Document document, AssessmentItem item, Fonts fonts) throws DocumentException {
        String award = item.award() == null
                ? "non attribué"
                : "attribué à " + item.award().supplier() + " le "
                        + AssessmentText.date(item.award().awardedOn());
        section(
                document,
                item.item().label() + " — offre attendue : " + item.expected().supplier() + ", " + award,
                fonts);
        String p = period(item);
        PdfPTable table = table(
                fonts,
                new float[] {3, 1.6f, 1.3f, 1.3f, 1.3f, 1.6f, 1.6f, 1.6f},
                "Collectivité",
                "Volume",
                "Prix actuel",
                "Prix attendu",
                "Prix obtenu",
                "Économie attendue " + p,
                "Économie obtenue " + p,
                "Écart");
        for (AssessmentLine line : item.lines()) {
            cells(
                    table,
                    fonts.text(),
                    line.collectivityName() + " (" + line.collectivityCode() + ")",
                    AssessmentText.volume(line),
                    AssessmentText.price(line.currentPrice()),
                    AssessmentText.price(line.expectedPrice()),
                    line.obtainedPrice().map(AssessmentText::price).orElse(AssessmentText.NOT_AWARDED),
                    euros(headline(item, line.expected()).value()),
                    amount(line.obtained(), a -> headline(item, a)),
                    amount(line.gap(), a -> headline(item, a)));
        }
        AssessmentTotals totals = item.totals();
        cells(
                table,
                fonts.text(),
                "Total",
                "",
                "",
                "",
                "",
                euros(headline(item, totals.expected()).value()),
                amount(totals.obtained(), a -> headline(item, a)),
                amount(totals.gap(), a -> headline(item, a)));
        document.add(table);
        document.add(new Paragraph(
                "Sur la durée du contrat (" + item.contractMonths() + " mois) : économie attendue "
                        + euros(totals.expected().overContract().value()) + ", obtenue "
                        + amount(totals.obtained(), SavingAmounts::overContract) + ", écart "
                        + amount(totals.gap(), SavingAmounts::overContract) + ".",
                fonts.small()));
    }

    private static void totals(Document document, Assessment assessment, Fonts fonts) throws DocumentException {
        section(document, "Totaux par collectivité et pour le marché", fonts);
        PdfPTable table = table(
                fonts,
                new float[] {3, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f},
                "Collectivité",
                "Économie attendue / an",
                "Économie obtenue / an",
                "Écart / an",
                "Économie attendue (achats)",
                "Économie obtenue (achats)",
                "Écart (achats)",
                "Économie obtenue sur le contrat");
        for (AssessmentTotals totals : assessment.collectivities()) {
            totalRow(table, fonts, totals.label() + " (" + totals.scope() + ")" + incomplete(totals), totals);
        }
        totalRow(table, fonts, assessment.total().label() + incomplete(assessment.total()), assessment.total());
        document.add(table);
        if (!assessment.complete()) {
            document.add(new Paragraph(
                    "* Articles non attribués : "
                            + String.join(", ", assessment.total().notAwarded())
                            + ". Ils comptent dans l'économie attendue ; l'écart compare l'économie obtenue à"
                            + " l'économie attendue des seuls articles attribués ("
                            + euros(assessment
                                    .total()
                                    .expectedAwarded()
                                    .perYear()
                                    .value()) + " / an, "
                            + euros(assessment
                                    .total()
                                    .expectedAwarded()
                                    .oneOff()
                                    .value()) + " pour les achats).",
                    fonts.small()));
        }
    }

    /** A star after a scope with items not awarded: its obtained saving leaves them out. */
    private static String incomplete(AssessmentTotals totals) {
        return totals.complete() ? "" : " *";
    }

    private static void totalRow(PdfPTable table, Fonts fonts, String label, AssessmentTotals totals) {
        cells(
                table,
                fonts.text(),
                label,
                euros(totals.expected().perYear().value()),
                amount(totals.obtained(), SavingAmounts::perYear),
                amount(totals.gap(), SavingAmounts::perYear),
                euros(totals.expected().oneOff().value()),
                amount(totals.obtained(), SavingAmounts::oneOff),
                amount(totals.gap(), SavingAmounts::oneOff),
                amount(totals.obtained(), SavingAmounts::overContract));
    }

    private static void method(Document document, Assessment assessment, Fonts fonts) throws DocumentException {
        section(document, AssessmentText.METHOD, fonts);
        document.add(new Paragraph(AssessmentText.METHOD_INTRO, fonts.text()));
        Set<String> notes = new LinkedHashSet<>();
        for (AssessmentItem item : assessment.items()) {
            document.add(new Paragraph(item.item().label(), fonts.text()));
            List<Function<SavingAmounts, SavingFigure>> periods = item.oneOff()
                    ? List.of(SavingAmounts::oneOff)
                    : List.of(SavingAmounts::perMonth, SavingAmounts::perYear);
            for (AssessmentLine line : item.lines()) {
                String who = line.collectivityName();
                for (Function<SavingAmounts, SavingFigure> period : periods) {
                    formula(document, fonts, who + ", attendue", period.apply(line.expected()), notes);
                    if (line.obtained() != null && line.gap() != null) {
                        formula(document, fonts, who + ", obtenue", period.apply(line.obtained()), notes);
                        formula(document, fonts, who + ", écart", period.apply(line.gap()), notes);
                    }
                }
                line.notes().forEach(n -> notes.add(n.french()));
            }
        }
        AssessmentTotals total = assessment.total();
        document.add(new Paragraph(total.label(), fonts.text()));
        for (Function<SavingAmounts, SavingFigure> period :
                List.<Function<SavingAmounts, SavingFigure>>of(SavingAmounts::perYear, SavingAmounts::oneOff)) {
            formula(document, fonts, "attendue", period.apply(total.expected()), notes);
            if (total.obtained() != null) {
                formula(document, fonts, "obtenue", period.apply(total.obtained()), notes);
                formula(document, fonts, "écart", period.apply(total.gap()), notes);
            }
        }
        if (!notes.isEmpty()) {
            document.add(new Paragraph("Notes", fonts.text()));
            for (String note : notes) {
                document.add(new Paragraph("• " + note, fonts.small()));
            }
        }
    }

    private static void formula(Document document, Fonts fonts, String what, SavingFigure figure, Set<String> notes)
            throws DocumentException {
        document.add(new Paragraph("  " + what + " : " + figure.formula().french(), fonts.small()));
        figure.notes().forEach(n -> notes.add(n.french()));
    }

    private static void section(Document document, String text, Fonts fonts) throws DocumentException {
        Paragraph paragraph = new Paragraph(text, fonts.heading());
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static PdfPTable table(Fonts fonts, float[] widths, String... headers) throws DocumentException {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, fonts.small()));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Font font, String first, String... amounts) {
        table.addCell(new PdfPCell(new Phrase(first, font)));
        for (String amount : amounts) {
            PdfPCell cell = new PdfPCell(new Phrase(amount, font));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }
}
