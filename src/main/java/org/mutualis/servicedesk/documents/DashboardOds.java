package org.mutualis.servicedesk.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.DeskDashboard;
import org.mutualis.servicedesk.DeskDashboard.CategoryLine;
import org.mutualis.servicedesk.DeskDashboard.CommuneLine;
import org.mutualis.servicedesk.DeskDashboard.MonthLine;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * The service centre's year as an ODS workbook: sheets {@code Communes}, {@code Catégories},
 * {@code Délais} (compliance by priority), {@code Mois}, {@code Satisfaction} and {@code
 * Formations}; a rate with nothing to count is an empty cell, never 0.
 */
public final class DashboardOds {

    public static final List<String> COMMUNE_COLUMNS =
            List.of("Collectivité", "Demandes ouvertes", "Dont résolues", "Heures d’intervention");
    public static final List<String> PRIORITY_COLUMNS = List.of(
            "Priorité",
            "Résolues",
            "Avec échéance de résolution",
            "Résolues à temps",
            "% résolues à temps",
            "Avec échéance de prise en charge",
            "Prises en charge à temps",
            "% prises en charge à temps");
    public static final List<String> MONTH_COLUMNS = List.of(
            "Mois", "Ouvertes", "Résolues", "% résolues à temps", "Satisfaction moyenne", "Sessions", "Stagiaires");

    private static final String[] MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };

    private DashboardOds() {}

    /** @param priorityLabels the French label of each priority, by its name */
    public static byte[] write(DeskDashboard d, java.util.Map<String, String> priorityLabels) {
        List<List<GridCell>> communes = new ArrayList<>();
        communes.add(header(COMMUNE_COLUMNS));
        for (CommuneLine c : d.communes()) {
            communes.add(List.of(
                    GridCell.text(c.name()), number(c.opened()), number(c.solved()), GridCell.number(c.hoursSpent())));
        }
        List<List<GridCell>> categories = new ArrayList<>();
        categories.add(header(List.of("Service", "Demandes ouvertes", "Dont résolues")));
        for (CategoryLine c : d.categories()) {
            categories.add(List.of(
                    GridCell.text(c.label().isEmpty() ? "(sans catégorie)" : c.label()),
                    number(c.opened()),
                    number(c.solved())));
        }
        List<List<GridCell>> compliance = new ArrayList<>();
        compliance.add(header(PRIORITY_COLUMNS));
        for (PriorityLine p : d.compliance()) {
            compliance.add(List.of(
                    GridCell.text(priorityLabels.getOrDefault(
                            p.priority().name(), p.priority().name())),
                    number(p.solved()),
                    number(p.resolveCounted()),
                    number(p.resolvedOnTime()),
                    decimal(p.resolveRate()),
                    number(p.takeChargeCounted()),
                    number(p.takenOnTime()),
                    decimal(p.takeChargeRate())));
        }
        List<List<GridCell>> months = new ArrayList<>();
        months.add(header(MONTH_COLUMNS));
        for (MonthLine m : d.months()) {
            months.add(List.of(
                    GridCell.text(MONTHS[m.month() - 1] + " " + d.year()),
                    number(m.opened()),
                    number(m.solved()),
                    decimal(m.resolveRate()),
                    decimal(m.satisfaction()),
                    number(m.sessionsHeld()),
                    number(m.attendees())));
        }
        List<List<GridCell>> satisfaction = new ArrayList<>();
        satisfaction.add(header(List.of("Note", "Réponses")));
        for (int score = 1; score <= 5; score++) {
            satisfaction.add(
                    List.of(number(score), number(d.satisfaction().byScore().get(score - 1))));
        }
        satisfaction.add(
                List.of(GridCell.text("Moyenne"), decimal(d.satisfaction().average())));
        List<List<GridCell>> trainings = new ArrayList<>();
        trainings.add(header(List.of("Sessions tenues", "Stagiaires présents", "Journées-stagiaires (7 h)")));
        trainings.add(List.of(
                number(d.trainings().sessionsHeld()),
                number(d.trainings().attendees()),
                GridCell.number(d.trainings().daysAttended())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(
                    out,
                    List.of(
                            new SheetContent("Communes", communes),
                            new SheetContent("Catégories", categories),
                            new SheetContent("Délais", compliance),
                            new SheetContent("Mois", months),
                            new SheetContent("Satisfaction", satisfaction),
                            new SheetContent("Formations", trainings)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the service centre's workbook", e);
        }
        return out.toByteArray();
    }

    private static List<GridCell> header(List<String> columns) {
        return columns.stream().map(GridCell::text).toList();
    }

    private static GridCell number(long value) {
        return GridCell.number(BigDecimal.valueOf(value));
    }

    private static GridCell decimal(@Nullable BigDecimal value) {
        return value == null ? GridCell.text("") : GridCell.number(value);
    }
}
