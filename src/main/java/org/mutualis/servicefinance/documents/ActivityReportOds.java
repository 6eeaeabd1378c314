package org.mutualis.servicefinance.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.DeskDashboard.Compliance;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.DeskDashboard.Satisfaction;
import org.mutualis.servicedesk.DeskDashboard.Trainings;
import org.mutualis.servicefinance.documents.ActivityReport.CommuneLine;
import org.mutualis.servicefinance.documents.ActivityReport.ServiceLine;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * The service centre's annual activity report as an ODS workbook, one sheet per part: {@code
 * Synthèse}, {@code Services}, {@code Unités} (per collectivité and service), {@code Délais} (SLA
 * compliance by priority), {@code Satisfaction}, {@code Formations}, {@code Remboursements} (per
 * service) and {@code Économies} (per collectivité: reimbursement, savings, net balance). Figures
 * are number cells and each table ends with its total row; a figure not communicated is the text
 * « NC », one that cannot be drawn an empty cell, never 0. No chart: the spreadsheet module's
 * writer writes cells only (the PDF and the page draw them).
 */
public final class ActivityReportOds {

    private ActivityReportOds() {}

    public static byte[] write(ActivityReport report, StatementWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(
                    out,
                    List.of(
                            summary(report, words),
                            services(report, words),
                            units(report, words),
                            desk(report, words),
                            satisfaction(report, words),
                            trainings(report, words),
                            costs(report, words),
                            savings(report, words)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the activity report", e);
        }
        return out.toByteArray();
    }

    private static SheetContent summary(ActivityReport r, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(text(words.get("servicefinance.report.title", r.year()))));
        rows.add(fact(words, "provider", text(r.provider())));
        rows.add(fact(words, "year", GridCell.number(BigDecimal.valueOf(r.year()))));
        rows.add(fact(words, "drawnUp", text(StatementWords.date(r.drawnUpOn()))));
        rows.add(List.of());
        rows.add(fact(words, "column.charges", amount(r.totals().charges())));
        rows.add(fact(words, "column.expected", amount(r.totals().expected())));
        rows.add(fact(words, "column.reimbursed", amount(r.totals().reimbursed())));
        rows.add(fact(words, "column.savings", amount(r.totals().knownSavings())));
        rows.add(fact(words, "column.unknownSavings", count(r.totals().unknownSavings())));
        rows.add(fact(words, "column.net", net(r.totals().net(), r.totals().unknownSavings(), words)));
        if (!r.drawn()) {
            rows.add(List.of());
            rows.add(List.of(
                    text(words.get("servicefinance.report.unpriced", String.join(", ", r.unpriced()), r.year()))));
        }
        return sheet(words, "summary", rows, List.of(40, 60));
    }

    private static SheetContent services(ActivityReport r, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(words, "service", "code", "unit", "unitCost", "charges", "forecast", "units"));
        for (ServiceLine s : r.services()) {
            rows.add(List.of(
                    text(s.label()),
                    text(s.code()),
                    text(unit(s, words)),
                    unitCost(s.unitCost()),
                    amount(s.charges()),
                    orBlank(s.forecastUnits()),
                    GridCell.number(s.units())));
        }
        return sheet(words, "services", rows, List.of(40, 16, 24, 18, 18, 14, 14));
    }

    private static SheetContent units(ActivityReport r, StatementWords words) {
        List<ServiceLine> used =
                r.services().stream().filter(s -> s.units().signum() > 0).toList();
        List<List<GridCell>> rows = new ArrayList<>();
        List<GridCell> header = new ArrayList<>(titles(words, "collectivity", "code"));
        for (ServiceLine s : used) {
            header.add(text(s.label() + " (" + unit(s, words) + ")"));
        }
        header.addAll(titles(words, "opened", "solved", "hours"));
        rows.add(header);
        long opened = 0;
        long solved = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (CommuneLine c : r.communes()) {
            List<GridCell> row = new ArrayList<>(List.of(text(c.name()), text(c.code())));
            for (ServiceLine s : used) {
                row.add(GridCell.number(c.units(s.code())));
            }
            row.add(count(c.ticketsOpened()));
            row.add(count(c.ticketsSolved()));
            row.add(GridCell.number(c.hoursSpent()));
            rows.add(row);
            opened += c.ticketsOpened();
            solved += c.ticketsSolved();
            hours = hours.add(c.hoursSpent());
        }
        List<GridCell> total = new ArrayList<>(List.of(text(words.get("servicefinance.report.total")), blank()));
        for (ServiceLine s : used) {
            total.add(GridCell.number(s.units()));
        }
        total.add(count(opened));
        total.add(count(solved));
        total.add(GridCell.number(hours));
        rows.add(total);
        return sheet(words, "units", rows, List.of(30, 12));
    }

    private static SheetContent desk(ActivityReport r, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(
                words,
                "priority",
                "solved",
                "takeChargeCounted",
                "takenOnTime",
                "takeChargeRate",
                "resolveCounted",
                "resolvedOnTime",
                "resolveRate"));
        for (PriorityLine p : r.desk().byPriority()) {
            rows.add(List.of(
                    text(words.text(
                            Text.of("servicedesk.priority." + p.priority().name()))),
                    count(p.solved()),
                    count(p.takeChargeCounted()),
                    count(p.takenOnTime()),
                    orBlank(p.takeChargeRate()),
                    count(p.resolveCounted()),
                    count(p.resolvedOnTime()),
                    orBlank(p.resolveRate())));
        }
        Compliance o = r.desk().overall();
        long solved =
                r.desk().byPriority().stream().mapToLong(PriorityLine::solved).sum();
        rows.add(List.of(
                text(words.get("servicefinance.report.total")),
                count(solved),
                count(o.takeChargeCounted()),
                count(o.takenOnTime()),
                orBlank(o.takeChargeRate()),
                count(o.resolveCounted()),
                count(o.resolvedOnTime()),
                orBlank(o.resolveRate())));
        rows.add(List.of());
        rows.add(fact(words, "column.opened", count(r.desk().opened())));
        rows.add(fact(words, "column.solvedInYear", count(r.desk().solved())));
        rows.add(fact(words, "column.hours", GridCell.number(r.desk().hoursSpent())));
        rows.add(List.of(text(words.get("servicefinance.report.desk.method"))));
        return sheet(words, "desk", rows, List.of(30, 12, 16, 16, 14, 16, 16, 14));
    }

    private static SheetContent satisfaction(ActivityReport r, StatementWords words) {
        Satisfaction s = r.desk().satisfaction();
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(words, "score", "answers"));
        for (int score = 1; score <= s.byScore().size(); score++) {
            rows.add(List.of(count(score), count(s.byScore().get(score - 1))));
        }
        rows.add(List.of(text(words.get("servicefinance.report.total")), count(s.answers())));
        rows.add(fact(words, "column.average", orBlank(s.average())));
        return sheet(words, "satisfaction", rows, List.of(24, 14));
    }

    private static SheetContent trainings(ActivityReport r, StatementWords words) {
        Trainings t = r.trainings();
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(words, "sessions", "attendees", "days"));
        rows.add(List.of(count(t.sessionsHeld()), count(t.attendees()), GridCell.number(t.daysAttended())));
        return sheet(words, "trainings", rows, List.of(18, 18, 24));
    }

    private static SheetContent costs(ActivityReport r, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(words, "service", "units", "unitCost", "charges", "expected", "reimbursed"));
        for (ServiceLine s : r.services()) {
            rows.add(List.of(
                    text(s.label()),
                    GridCell.number(s.units()),
                    unitCost(s.unitCost()),
                    amount(s.charges()),
                    amount(s.expected()),
                    amount(s.reimbursed())));
        }
        rows.add(List.of(
                text(words.get("servicefinance.report.total")),
                blank(),
                blank(),
                amount(r.totals().charges()),
                amount(r.totals().expected()),
                amount(r.totals().reimbursed())));
        return sheet(words, "costs", rows, List.of(40, 14, 18, 18, 22, 18));
    }

    private static SheetContent savings(ActivityReport r, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(titles(words, "collectivity", "code", "reimbursement", "savings", "unknownSavings", "net"));
        for (CommuneLine c : r.communes()) {
            rows.add(List.of(
                    text(c.name()),
                    text(c.code()),
                    amount(c.reimbursement()),
                    amount(c.knownSavings()),
                    count(c.unknownSavings()),
                    net(c.net(), c.unknownSavings(), words)));
        }
        rows.add(List.of(
                text(words.get("servicefinance.report.total")),
                blank(),
                amount(r.totals().reimbursed()),
                amount(r.totals().knownSavings()),
                count(r.totals().unknownSavings()),
                net(r.totals().net(), r.totals().unknownSavings(), words)));
        rows.add(List.of(text(words.get("servicefinance.report.savings.method"))));
        return sheet(words, "savings", rows, List.of(30, 12, 20, 20, 14, 18));
    }

    private static GridCell net(@Nullable BigDecimal net, int unknown, StatementWords words) {
        if (net != null) {
            return GridCell.number(Money.cents(net));
        }
        return unknown > 0 ? text(words.get("servicefinance.report.nc")) : blank();
    }

    private static String unit(ServiceLine s, StatementWords words) {
        return words.text(Text.of("servicefinance.unit." + s.unit().name()));
    }

    private static SheetContent sheet(
            StatementWords words, String code, List<List<GridCell>> rows, List<Integer> widths) {
        return new SheetContent(
                words.get("servicefinance.report.sheet." + code), rows, List.of(), false, widths, Set.of());
    }

    private static List<GridCell> fact(StatementWords words, String code, GridCell value) {
        return List.of(text(words.get("servicefinance.report." + code)), value);
    }

    private static List<GridCell> titles(StatementWords words, String... columns) {
        List<GridCell> cells = new ArrayList<>(columns.length);
        for (String column : columns) {
            cells.add(text(words.get("servicefinance.report.column." + column)));
        }
        return cells;
    }

    private static GridCell text(String value) {
        return GridCell.text(value);
    }

    private static GridCell blank() {
        return GridCell.text("");
    }

    private static GridCell count(long value) {
        return GridCell.number(BigDecimal.valueOf(value));
    }

    private static GridCell orBlank(@Nullable BigDecimal value) {
        return value == null ? blank() : GridCell.number(value);
    }

    private static GridCell amount(@Nullable BigDecimal value) {
        return value == null ? blank() : GridCell.number(Money.cents(value));
    }

    private static GridCell unitCost(@Nullable BigDecimal value) {
        return value == null ? blank() : GridCell.number(value.setScale(Money.UNIT_COST_SCALE, Money.ROUNDING));
    }
}
