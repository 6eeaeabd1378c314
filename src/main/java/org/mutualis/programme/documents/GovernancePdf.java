package org.mutualis.programme.documents;

import static org.mutualis.programme.documents.GovernanceText.date;
import static org.mutualis.programme.documents.GovernanceText.dateTime;
import static org.mutualis.programme.documents.GovernanceText.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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
import java.util.List;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.DeliberationView;
import org.mutualis.programme.GovernanceProgramme;
import org.mutualis.programme.MeetingAttendance;
import org.mutualis.programme.MeetingMinutes;
import org.mutualis.programme.MeetingView;
import org.mutualis.programme.domain.governance.AttendanceCount;
import org.springframework.stereotype.Component;

/**
 * A meeting's minutes (agenda, attendance, minutes, decisions taken) and a programme's decisions
 * register (decisions and council deliberations) as A4 PDF, in French, with the Unicode font the
 * assessment uses.
 */
@Component
public class GovernancePdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color HEADER = new Color(0xE4, 0xEC, 0xF4);

    private record Fonts(Font title, Font heading, Font text, Font small) {}

    private interface Body {
        void write(Document document, Fonts fonts) throws DocumentException;
    }

    /** The minutes of a meeting. */
    public byte[] minutes(MeetingMinutes minutes) {
        MeetingView m = minutes.meeting();
        return render(GovernanceText.MINUTES + " — " + m.bodyName(), (document, fonts) -> {
            document.add(new Paragraph(GovernanceText.MINUTES, fonts.title()));
            document.add(new Paragraph(m.bodyName(), fonts.heading()));
            document.add(new Paragraph("Programme : " + minutes.programme().name(), fonts.text()));
            document.add(new Paragraph("Date : " + dateTime(m.heldAt()), fonts.text()));
            if (m.place() != null) {
                document.add(new Paragraph("Lieu : " + m.place(), fonts.text()));
            }
            document.add(new Paragraph("Réunion " + GovernanceText.status(m.status()), fonts.text()));
            section(document, "Ordre du jour", fonts);
            document.add(new Paragraph(text(m.agenda()), fonts.text()));
            section(document, "Présences", fonts);
            PdfPTable table = table(fonts, new float[] {3, 3, 2.5f, 1.5f}, "Nom", "Collectivité", "Rôle", "Présence");
            for (MeetingAttendance a : m.attendance()) {
                cells(
                        table,
                        fonts.text(),
                        a.name(),
                        text(a.collectivityName()),
                        GovernanceText.role(a.role()),
                        GovernanceText.presence(a.presence()));
            }
            document.add(table);
            AttendanceCount c = m.count();
            document.add(new Paragraph(
                    c.present() + " présent(s), " + c.excused() + " excusé(s), " + c.absent() + " absent(s) sur "
                            + c.members() + " membre(s) ; quorum " + (c.quorum() ? "atteint" : "non atteint") + ".",
                    fonts.small()));
            section(document, "Compte rendu", fonts);
            document.add(new Paragraph(text(m.minutes()), fonts.text()));
            section(document, "Décisions prises", fonts);
            decisions(document, fonts, minutes.decisions());
        });
    }

    /** The decisions register of a programme, with the council deliberations given. */
    public byte[] register(
            GovernanceProgramme programme, List<DecisionView> decisions, List<DeliberationView> deliberations) {
        return render(GovernanceText.REGISTER + " — " + programme.name(), (document, fonts) -> {
            document.add(new Paragraph(GovernanceText.REGISTER, fonts.title()));
            document.add(new Paragraph(programme.name(), fonts.heading()));
            section(document, "Décisions", fonts);
            decisions(document, fonts, decisions);
            section(document, "Délibérations des conseils", fonts);
            PdfPTable table = table(fonts, new float[] {3, 4, 1.5f, 1.5f}, "Collectivité", "Objet", "Numéro", "Date");
            for (DeliberationView d : deliberations) {
                cells(
                        table,
                        fonts.text(),
                        d.collectivityName(),
                        d.subject(),
                        text(d.number()),
                        date(d.deliberatedOn()));
            }
            document.add(table);
        });
    }

    private static void decisions(Document document, Fonts fonts, List<DecisionView> decisions)
            throws DocumentException {
        if (decisions.isEmpty()) {
            document.add(new Paragraph("Aucune décision.", fonts.text()));
            return;
        }
        PdfPTable table = table(
                fonts, new float[] {1.8f, 2.5f, 5, 2.5f, 1.5f}, "Date", "Instance", "Décision", "Action", "Statut");
        for (DecisionView d : decisions) {
            cells(
                    table,
                    fonts.text(),
                    date(d.decidedOn()),
                    d.bodyName(),
                    d.text(),
                    text(d.actionTitle()),
                    GovernanceText.status(d.status()));
        }
        document.add(table);
    }

    private static byte[] render(String title, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Fonts fonts = new Fonts(new Font(base, 16), new Font(base, 12), new Font(base, 10), new Font(base, 8));
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            body.write(document, fonts);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the governance PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
        return out.toByteArray();
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

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, font)));
        }
    }
}
