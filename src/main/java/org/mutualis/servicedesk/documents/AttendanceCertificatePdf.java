package org.mutualis.servicedesk.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * « Attestation de présence »: the one A4 page a service centre gives a person who attended one
 * of its training sessions, in French, with the Unicode font the other documents use.
 */
public final class AttendanceCertificatePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

    public static final String TITLE = "Attestation de présence";

    /** What the certificate says. */
    public record Certificate(
            String centreName,
            String personName,
            @Nullable String job,
            String collectivityName,
            String topic,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime startTime,
            LocalTime endTime,
            long minutes,
            BigDecimal days,
            String trainer,
            String place,
            LocalDate issuedOn) {}

    private AttendanceCertificatePdf() {}

    public static byte[] write(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 20);
            Font heading = new Font(base, 12);
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            PdfWriter.getInstance(document, out);
            document.addTitle(TITLE + " — " + c.personName());
            document.addAuthor(c.centreName());
            document.open();
            document.add(paragraph(c.centreName(), heading, Element.ALIGN_LEFT, 0));
            document.add(paragraph(TITLE, title, Element.ALIGN_CENTER, 36));
            document.add(paragraph("Le " + c.centreName() + " atteste que", text, Element.ALIGN_LEFT, 28));
            document.add(paragraph(
                    c.personName() + (c.job() == null ? "" : ", " + c.job()), heading, Element.ALIGN_CENTER, 12));
            document.add(paragraph("de la collectivité : " + c.collectivityName(), text, Element.ALIGN_CENTER, 6));
            document.add(paragraph("a suivi la formation", text, Element.ALIGN_LEFT, 18));
            document.add(paragraph("« " + c.topic() + " »", heading, Element.ALIGN_CENTER, 8));
            document.add(paragraph("Date : " + when(c), text, Element.ALIGN_LEFT, 18));
            document.add(paragraph(
                    "Durée : " + hours(c.minutes()) + " (" + days(c.days()) + ")", text, Element.ALIGN_LEFT, 4));
            document.add(paragraph("Formateur : " + c.trainer(), text, Element.ALIGN_LEFT, 4));
            document.add(paragraph("Lieu : " + c.place(), text, Element.ALIGN_LEFT, 4));
            document.add(paragraph(
                    "Fait pour servir et valoir ce que de droit, le " + DATE.format(c.issuedOn()) + ".",
                    text,
                    Element.ALIGN_LEFT,
                    28));
            document.add(paragraph(c.centreName(), small, Element.ALIGN_RIGHT, 36));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the attendance certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, int alignment, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        return p;
    }

    static String when(Certificate c) {
        String hours = "de " + TIME.format(c.startTime()) + " à " + TIME.format(c.endTime());
        if (c.firstDay().equals(c.lastDay())) {
            return "le " + DATE.format(c.firstDay()) + ", " + hours;
        }
        return "du " + DATE.format(c.firstDay()) + " au " + DATE.format(c.lastDay()) + ", " + hours + " chaque jour";
    }

    static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return h + " h" + (m == 0 ? "" : String.format(Locale.ROOT, " %02d", m));
    }

    static String days(BigDecimal days) {
        BigDecimal d = days.stripTrailingZeros();
        String n = d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        return n.replace('.', ',') + (days.compareTo(BigDecimal.ONE) > 0 ? " jours" : " jour") + " de formation";
    }
}
