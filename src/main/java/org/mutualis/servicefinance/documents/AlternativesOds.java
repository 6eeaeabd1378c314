package org.mutualis.servicefinance.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicefinance.AlternativesView;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.servicefinance.domain.sharing.Alternative;
import org.mutualis.servicefinance.domain.sharing.AlternativeCost;
import org.mutualis.servicefinance.domain.sharing.AlternativeTotal;
import org.mutualis.servicefinance.domain.sharing.AlternativesComparison;
import org.mutualis.servicefinance.domain.sharing.MemberAlternatives;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * The alternatives compared for a year as an ODS workbook, three sheets:
 *
 * <ol>
 *   <li>{@code Comparaison}: the territory, the year, the cost shared; one row per collectivité (code,
 *       name, population, workstations, then for each alternative its amount and its difference
 *       with the D5211-16 units) and the totals row;
 *   <li>{@code Calculs}: each collectivité's computation under each alternative, as text;
 *   <li>{@code Méthode}: each alternative's formula, the notes (what is unknown and why).
 * </ol>
 *
 * Amounts are number cells to the cent, so that a spreadsheet sums them to the totals row; an
 * unknown amount is the text « inconnu », never 0.
 */
public final class AlternativesOds {

    private AlternativesOds() {}

    /** @throws IllegalArgumentException when the view holds no comparison (it could not be drawn) */
    public static byte[] write(AlternativesView view, StatementWords words) {
        AlternativesComparison comparison = view.comparison();
        if (comparison == null) {
            throw new IllegalArgumentException("No comparison to write");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(
                    out,
                    List.of(
                            summary(view, comparison, words),
                            computations(comparison, words),
                            method(view, comparison, words)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the alternatives compared", e);
        }
        return out.toByteArray();
    }

    private static SheetContent summary(AlternativesView view, AlternativesComparison c, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(text(words.get("servicefinance.alternatives.ods.title", String.valueOf(view.year())))));
        rows.add(List.of(text(words.get("servicefinance.alternatives.ods.territory")), text(view.territoryName())));
        rows.add(List.of(text(words.get("servicefinance.alternatives.ods.totalCost")), amount(c.totalCost())));
        rows.add(List.of());
        List<GridCell> titles = new ArrayList<>();
        titles.add(text(words.get("servicefinance.alternatives.ods.code")));
        titles.add(text(words.get("servicefinance.alternatives.ods.collectivity")));
        titles.add(text(words.get("servicefinance.alternatives.ods.population")));
        titles.add(text(words.get("servicefinance.alternatives.ods.workstations")));
        for (Alternative a : Alternative.values()) {
            titles.add(text(words.text(a.label())));
            titles.add(text(words.get("servicefinance.alternatives.ods.difference", words.text(a.label()))));
        }
        rows.add(titles);
        for (MemberAlternatives m : c.members()) {
            AlternativesView.MemberFacts facts = view.facts(m.collectivityCode());
            List<GridCell> row = new ArrayList<>();
            row.add(text(m.collectivityCode()));
            row.add(text(m.name()));
            row.add(whole(facts == null ? null : facts.population(), words));
            row.add(whole(facts == null ? null : facts.workstations(), words));
            for (AlternativeCost cost : m.costs()) {
                row.add(money(cost.amount(), words));
                row.add(cost.alternative() == Alternative.UNITS ? text("") : money(cost.differenceFromUnits(), words));
            }
            rows.add(row);
        }
        if (c.members().isEmpty()) {
            rows.add(List.of(text(words.get("servicefinance.alternatives.ods.none"))));
        }
        List<GridCell> totals = new ArrayList<>();
        totals.add(text(words.get("servicefinance.alternatives.ods.total")));
        totals.add(text(""));
        totals.add(text(""));
        totals.add(text(""));
        BigDecimal reference = c.totals().get(Alternative.UNITS.ordinal()).total();
        for (AlternativeTotal total : c.totals()) {
            totals.add(money(total.total(), words));
            if (total.alternative() == Alternative.UNITS) {
                totals.add(text(""));
            } else {
                totals.add(money(
                        total.total() == null || reference == null
                                ? null
                                : total.total().subtract(reference),
                        words));
            }
        }
        rows.add(totals);
        return sheet(
                words.get("servicefinance.alternatives.ods.sheet.comparison"),
                rows,
                List.of(10, 30, 12, 10, 16, 14, 16, 14, 16, 14, 16, 14));
    }

    private static SheetContent computations(AlternativesComparison c, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        List<GridCell> titles = new ArrayList<>();
        titles.add(text(words.get("servicefinance.alternatives.ods.collectivity")));
        for (Alternative a : Alternative.values()) {
            titles.add(text(words.text(a.label())));
        }
        rows.add(titles);
        for (MemberAlternatives m : c.members()) {
            List<GridCell> row = new ArrayList<>();
            row.add(text(m.name()));
            for (AlternativeCost cost : m.costs()) {
                row.add(text(words.text(cost.formula())));
            }
            rows.add(row);
        }
        return sheet(
                words.get("servicefinance.alternatives.ods.sheet.computations"), rows, List.of(30, 50, 50, 50, 50));
    }

    private static SheetContent method(AlternativesView view, AlternativesComparison c, StatementWords words) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(
                text(words.get("servicefinance.alternatives.ods.alternative")),
                text(words.get("servicefinance.alternatives.ods.method"))));
        for (AlternativeTotal total : c.totals()) {
            rows.add(List.of(text(words.text(total.alternative().label())), text(words.text(total.method()))));
        }
        rows.add(List.of());
        rows.add(List.of(text(words.get("servicefinance.alternatives.ods.notes"))));
        for (Text note : c.notes()) {
            rows.add(List.of(text(words.text(note))));
        }
        for (Text note : view.notices()) {
            rows.add(List.of(text(words.text(note))));
        }
        return sheet(words.get("servicefinance.alternatives.ods.sheet.method"), rows, List.of(40, 100));
    }

    private static SheetContent sheet(String name, List<List<GridCell>> rows, List<Integer> widths) {
        return new SheetContent(name, rows, List.of(), false, widths, Set.of());
    }

    private static GridCell text(String value) {
        return GridCell.text(value);
    }

    private static GridCell amount(BigDecimal value) {
        return GridCell.number(Money.cents(value));
    }

    private static GridCell money(@Nullable BigDecimal value, StatementWords words) {
        return value == null ? text(words.get("servicefinance.alternatives.unknown")) : amount(value);
    }

    private static GridCell whole(@Nullable Integer value, StatementWords words) {
        return value == null
                ? text(words.get("servicefinance.alternatives.nc"))
                : GridCell.number(BigDecimal.valueOf(value));
    }
}
