package org.mutualis.census.documents;

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
import java.time.format.DateTimeFormatter;

/**
 * The printable copy of a collectivité's answers as an A4 PDF, in French: the campaign, the
 * collectivité, the response's state and dates, then each theme's questions and answers. Written
 * with the Unicode font embedded in openpdf, so accents and « » print as they are.
 */
public final class ResponsePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color HEADER = new Color(0xE4, 0xEC, 0xF4);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH'h'mm");

    private ResponsePdf() {}

    /** The copy as PDF bytes. */
    public static byte[] render(ResponseCopy copy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 16);
            Font heading = new Font(base, 12);
            Font text = new Font(base, 9);
            Font small = new Font(base, 8);
            PdfWriter.getInstance(document, out);
            document.addTitle("Copie de la réponse — " + copy.collectivityName() + " — " + copy.campaignName());
            document.open();
            document.add(new Paragraph("Copie de la réponse au recensement", title));
            document.add(new Paragraph(copy.campaignName() + " — " + copy.territoryName(), heading));
            document.add(new Paragraph(
                    "Collectivité : " + copy.collectivityName() + " (" + copy.collectivityCode() + ")", text));
            document.add(new Paragraph("État de la réponse : " + copy.status(), text));
            document.add(new Paragraph(
                    copy.updated() == null
                            ? "Aucune réponse enregistrée."
                            : "Dernière modification : " + copy.updated(),
                    text));
            document.add(new Paragraph("Copie éditée le " + copy.printedAt().format(DAY_AND_TIME) + ".", small));
            for (ResponseCopy.Part part : copy.parts()) {
                Paragraph partTitle = new Paragraph(part.title(), heading);
                partTitle.setSpacingBefore(12);
                partTitle.setSpacingAfter(4);
                document.add(partTitle);
                PdfPTable table = new PdfPTable(new float[] {64, 24, 12});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                header(table, "Question", text);
                header(table, "Réponse", text);
                header(table, "Unité", text);
                for (ResponseCopy.Line line : part.lines()) {
                    table.addCell(cell(line.question(), text, Element.ALIGN_LEFT));
                    table.addCell(cell(line.answer(), text, Element.ALIGN_RIGHT));
                    table.addCell(cell(line.unit(), small, Element.ALIGN_LEFT));
                }
                document.add(table);
            }
            if (copy.comment() != null && !copy.comment().isBlank()) {
                Paragraph comment = new Paragraph("Commentaire : " + copy.comment(), text);
                comment.setSpacingBefore(12);
                document.add(comment);
            }
            Paragraph note = new Paragraph(
                    "« — » : sans réponse. « NC » : non communiqué. Copie à titre d’information : seule la réponse"
                            + " enregistrée dans Mutualis fait foi.",
                    small);
            note.setSpacingBefore(12);
            document.add(note);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF of the response copy", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String label, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(label, font));
        cell.setBackgroundColor(HEADER);
        table.addCell(cell);
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        return cell;
    }
}
