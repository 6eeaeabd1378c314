package org.mutualis.programme.documents;

import static org.mutualis.programme.documents.GovernanceText.date;
import static org.mutualis.programme.documents.GovernanceText.dateTime;
import static org.mutualis.programme.documents.GovernanceText.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.DeliberationView;
import org.mutualis.programme.GovernanceProgramme;
import org.mutualis.programme.MeetingAttendance;
import org.mutualis.programme.MeetingMinutes;
import org.mutualis.programme.MeetingView;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;
import org.springframework.stereotype.Component;

/**
 * A meeting's minutes as an ODS workbook (sheets {@code Réunion}, {@code Présences},
 * {@code Décisions}) and a programme's decisions register (sheets {@code Décisions},
 * {@code Délibérations}), written by the spreadsheet module's ODS writer.
 */
@Component
public class GovernanceOds {

    /** The columns of sheet {@code Décisions}. */
    public static final List<String> DECISION_COLUMNS =
            List.of("Date", "Instance", "Réunion", "Décision", "Action", "Statut");

    /** The columns of sheet {@code Délibérations}. */
    public static final List<String> DELIBERATION_COLUMNS =
            List.of("Collectivité", "Objet", "Marché groupé", "Numéro", "Date");

    /** The columns of sheet {@code Présences}. */
    public static final List<String> ATTENDANCE_COLUMNS = List.of("Nom", "Collectivité", "Rôle", "Présence");

    public byte[] minutes(MeetingMinutes minutes) {
        MeetingView m = minutes.meeting();
        List<List<GridCell>> meeting = new ArrayList<>();
        meeting.add(row("Programme", minutes.programme().name()));
        meeting.add(row("Instance", m.bodyName()));
        meeting.add(row("Date", dateTime(m.heldAt())));
        meeting.add(row("Lieu", text(m.place())));
        meeting.add(row("Statut", GovernanceText.status(m.status())));
        meeting.add(row("Ordre du jour", text(m.agenda())));
        meeting.add(row("Compte rendu", text(m.minutes())));
        meeting.add(List.of(
                GridCell.text("Présents"),
                GridCell.number(BigDecimal.valueOf(m.count().present()))));
        meeting.add(List.of(
                GridCell.text("Membres"),
                GridCell.number(BigDecimal.valueOf(m.count().members()))));
        meeting.add(row("Quorum", m.count().quorum() ? "atteint" : "non atteint"));
        List<List<GridCell>> attendance = new ArrayList<>();
        attendance.add(header(ATTENDANCE_COLUMNS));
        for (MeetingAttendance a : m.attendance()) {
            attendance.add(row(
                    a.name(),
                    text(a.collectivityName()),
                    GovernanceText.role(a.role()),
                    GovernanceText.presence(a.presence())));
        }
        return write(List.of(
                new SheetContent("Réunion", meeting),
                new SheetContent("Présences", attendance),
                new SheetContent("Décisions", decisions(minutes.decisions()))));
    }

    public byte[] register(
            GovernanceProgramme programme, List<DecisionView> decisions, List<DeliberationView> deliberations) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(header(DELIBERATION_COLUMNS));
        for (DeliberationView d : deliberations) {
            rows.add(row(
                    d.collectivityName(),
                    d.subject(),
                    d.procurementId() == null ? "" : d.subject(),
                    text(d.number()),
                    date(d.deliberatedOn())));
        }
        return write(List.of(
                new SheetContent("Décisions", decisions(decisions)),
                new SheetContent("Délibérations", rows),
                new SheetContent("Programme", List.of(row("Programme", programme.name())))));
    }

    private static List<List<GridCell>> decisions(List<DecisionView> decisions) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(header(DECISION_COLUMNS));
        for (DecisionView d : decisions) {
            rows.add(row(
                    date(d.decidedOn()),
                    d.bodyName(),
                    dateTime(d.meetingAt()),
                    d.text(),
                    text(d.actionTitle()),
                    GovernanceText.status(d.status())));
        }
        return rows;
    }

    private static List<GridCell> header(List<String> columns) {
        return columns.stream().map(GridCell::text).toList();
    }

    private static List<GridCell> row(String... values) {
        return java.util.Arrays.stream(values).map(GridCell::text).toList();
    }

    private static byte[] write(List<SheetContent> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(out, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the governance workbook", e);
        }
        return out.toByteArray();
    }
}
