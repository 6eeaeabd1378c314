package org.mutualis.servicefinance.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mutualis.servicefinance.domain.costs.LegalRule;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.sharing.ExcludedUse;
import org.mutualis.servicefinance.domain.sharing.ServiceTotal;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementLine;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * One collectivité's annual statement as an ODS workbook, four sheets:
 *
 * <ol>
 *   <li>{@code État annuel}: who, the period, the day it is drawn up; one row per service and year
 *       (units, unit cost, amount, and the computation as text) and the total to reimburse;
 *   <li>{@code Recours}: one row per use (date, service, source, units, unit, unit cost, amount);
 *   <li>{@code Non retenus}: the uses left out, with their reason;
 *   <li>{@code Mentions}: the articles of the code and the rounding applied.
 * </ol>
 *
 * Units, unit costs and amounts are number cells (unit costs to four decimals, amounts to the
 * cent), so that a spreadsheet sums them; the amounts of the rows of {@code Recours} sum to the
 * total, to the cent.
 */
public final class StatementOds {

    private StatementOds() {}

    public static byte[] write(Statement statement, StatementHeading heading, StatementWords words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, statement, heading, words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the annual statement", e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook into {@code out}, which is left open. */
    public static void write(OutputStream out, Statement statement, StatementHeading heading, StatementWords words)
            throws IOException {
        OdsGridWriter.write(
                out,
                List.of(
                        summary(statement, heading, words),
                        uses(statement, heading, words),
                        excluded(statement, heading, words),
                        notes(statement, words)));
    }

    private static SheetContent summary(Statement s, StatementHeading heading, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(text(words.get("servicefinance.documents.statement.title"))));
        rows.add(fact(words.get("servicefinance.documents.statement.collectivity"), s.collectivityName()));
        rows.add(fact(words.get("servicefinance.documents.statement.code"), s.collectivityCode()));
        rows.add(fact(words.get("servicefinance.documents.statement.provider"), heading.provider()));
        rows.add(fact(words.get("servicefinance.documents.statement.period"), period(s, words)));
        rows.add(fact(
                words.get("servicefinance.documents.statement.drawnUp"), StatementWords.date(heading.drawnUpOn())));
        rows.add(List.of());
        rows.add(titles(
                words,
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.year",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.unit",
                "servicefinance.documents.column.unitCost",
                "servicefinance.documents.column.amount",
                "servicefinance.documents.column.formula"));
        for (ServiceTotal service : s.services()) {
            rows.add(List.of(
                    text(heading.service(service.serviceCode())),
                    GridCell.number(BigDecimal.valueOf(service.year())),
                    units(service.units()),
                    text(heading.unit(service.serviceCode())),
                    unitCost(service.unitCost()),
                    amount(service.amount()),
                    text(words.text(service.formula()))));
        }
        if (s.services().isEmpty()) {
            rows.add(List.of(text(words.get("servicefinance.documents.statement.noUse"))));
        }
        rows.add(List.of(
                text(words.get("servicefinance.documents.statement.total")),
                blank(),
                blank(),
                blank(),
                blank(),
                amount(s.total())));
        return sheet(words.get("servicefinance.documents.sheet.statement"), rows, List.of(30, 8, 10, 24, 18, 16, 70));
    }

    private static SheetContent uses(Statement s, StatementHeading heading, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>(s.lines().size() + 1);
        rows.add(titles(
                words,
                "servicefinance.documents.column.date",
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.source",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.unit",
                "servicefinance.documents.column.unitCost",
                "servicefinance.documents.column.amount"));
        for (StatementLine line : s.lines()) {
            rows.add(List.of(
                    text(StatementWords.date(line.use().date())),
                    text(heading.service(line.use().serviceCode())),
                    text(line.use().source()),
                    units(line.use().units()),
                    text(heading.unit(line.use().serviceCode())),
                    unitCost(line.unitCost()),
                    amount(line.amount())));
        }
        return sheet(words.get("servicefinance.documents.sheet.uses"), rows, List.of(12, 30, 30, 10, 24, 18, 16));
    }

    private static SheetContent excluded(Statement s, StatementHeading heading, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>(s.excluded().size() + 1);
        rows.add(titles(
                words,
                "servicefinance.documents.column.date",
                "servicefinance.documents.column.service",
                "servicefinance.documents.column.source",
                "servicefinance.documents.column.units",
                "servicefinance.documents.column.reason"));
        for (ExcludedUse left : s.excluded()) {
            rows.add(List.of(
                    text(StatementWords.date(left.use().date())),
                    text(heading.service(left.use().serviceCode())),
                    text(left.use().source()),
                    units(left.use().units()),
                    text(words.text(left.reason()))));
        }
        return sheet(words.get("servicefinance.documents.sheet.excluded"), rows, List.of(12, 30, 30, 10, 80));
    }

    private static SheetContent notes(Statement s, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(text(words.get("servicefinance.documents.column.note"))));
        for (String note : mentions(s, words)) {
            rows.add(List.of(text(note)));
        }
        return sheet(words.get("servicefinance.documents.sheet.notes"), rows, List.of(120));
    }

    /** The article on reimbursement, then the statement's own notes (its article, its rounding). */
    static List<String> mentions(Statement s, StatementWords words) {
        List<String> mentions = new ArrayList<>();
        mentions.add(words.text(LegalRule.REIMBURSEMENT.text()));
        s.notes().forEach(note -> mentions.add(words.text(note)));
        return mentions;
    }

    static String period(Statement s, StatementWords words) {
        return words.get(
                "servicefinance.documents.statement.periodValue",
                StatementWords.date(s.period().start()),
                StatementWords.date(s.period().end()));
    }

    private static SheetContent sheet(String name, List<List<GridCell>> rows, List<Integer> widths) {
        return new SheetContent(name, rows, List.of(), false, widths, Set.of());
    }

    private static List<GridCell> fact(String label, String value) {
        return List.of(text(label), text(value));
    }

    static List<GridCell> titles(StatementWords words, String... codes) {
        List<GridCell> cells = new ArrayList<>(codes.length);
        for (String code : codes) {
            cells.add(text(words.get(code)));
        }
        return cells;
    }

    static GridCell text(String value) {
        return GridCell.text(value);
    }

    private static GridCell blank() {
        return GridCell.text("");
    }

    static GridCell amount(BigDecimal value) {
        return GridCell.number(Money.cents(value));
    }

    /** A count of units as it is: 38 demandes, 1,5 heure — a whole count without decimals. */
    static GridCell units(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return GridCell.number(plain.scale() < 0 ? plain.setScale(0) : plain);
    }

    private static GridCell unitCost(BigDecimal value) {
        return GridCell.number(value.setScale(Money.UNIT_COST_SCALE, Money.ROUNDING));
    }
}
