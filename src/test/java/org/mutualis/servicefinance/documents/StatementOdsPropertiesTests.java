package org.mutualis.servicefinance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.servicefinance.domain.sharing.Statement;
import org.mutualis.servicefinance.domain.sharing.StatementEngine;
import org.mutualis.servicefinance.domain.sharing.StatementPeriod;
import org.mutualis.servicefinance.domain.sharing.StatementRequest;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.spreadsheet.SheetGrid;

/** Whatever the uses, the workbooks read back sum to the statements' totals, to the cent. */
class StatementOdsPropertiesTests {

    private static final List<String> SERVICES = List.of("assistance", "formation", "sauvegarde");
    private static final StatementHeading HEADING =
            new StatementHeading("Morlaix Communauté", LocalDate.of(2016, 1, 15), Map.of(), Map.of());

    @Provide
    Arbitrary<List<ServiceUnitCost>> rates() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("5000"))
                .ofScale(4)
                .list()
                .ofSize(SERVICES.size())
                .map(values -> {
                    List<ServiceUnitCost> rates = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        rates.add(new ServiceUnitCost(SERVICES.get(i), 2015, values.get(i)));
                    }
                    return rates;
                });
    }

    /** Uses of 2015 and a few of early 2016 (left out), in whole or decimal units. */
    @Provide
    Arbitrary<List<Use>> uses() {
        Arbitrary<LocalDate> date = Arbitraries.integers()
                .between(0, 400)
                .map(d -> LocalDate.of(2015, 1, 1).plusDays(d));
        Arbitrary<BigDecimal> units = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("0.01"), new BigDecimal("1000"))
                        .ofScale(2));
        Arbitrary<Use> use = Combinators.combine(
                        date, Arbitraries.of(SERVICES), Arbitraries.integers().between(1, 9999), units)
                .as((d, s, n, u) -> new Use(d, s, "demande n° " + n, u));
        return use.list().ofMaxSize(40);
    }

    @Property(tries = 60)
    void theUsesReadBackSumToTheStatementsTotalToTheCent(
            @ForAll("uses") List<Use> uses, @ForAll("rates") List<ServiceUnitCost> rates) throws Exception {
        Statement statement = StatementEngine.statement(
                new StatementRequest("29023", "Carantec", StatementPeriod.year(2015), uses), rates);

        Map<String, SheetGrid> sheets =
                StatementDocumentsTests.sheets(StatementOds.write(statement, HEADING, StatementWords.french()));

        SheetGrid lines = sheets.get("Recours");
        assertThat(lines.rows()).hasSize(statement.lines().size() + 1);
        BigDecimal sum = sum(lines.rows().subList(1, lines.rows().size()), 6);
        String total = StatementDocumentsTests.row(sheets.get("État annuel"), "Total à rembourser (€ HT)")
                .cell(5);
        assertThat(sum).isEqualByComparingTo(statement.total());
        assertThat(new BigDecimal(total)).isEqualByComparingTo(statement.total());
        assertThat(sheets.get("Non retenus").rows())
                .hasSize(statement.excluded().size() + 1);
    }

    @Property(tries = 20)
    void theTerritorysSummaryReadBackSumsToEveryUnitTimesItsUnitCost(
            @ForAll("uses") List<Use> first,
            @ForAll("uses") List<Use> second,
            @ForAll("uses") List<Use> third,
            @ForAll("rates") List<ServiceUnitCost> rates)
            throws Exception {
        List<StatementRequest> requests = new ArrayList<>();
        List<List<Use>> all = List.of(first, second, third);
        for (int i = 0; i < all.size(); i++) {
            requests.add(new StatementRequest("2900" + i, "Commune " + i, StatementPeriod.year(2015), all.get(i)));
        }
        List<Statement> statements = StatementEngine.territory(requests, rates);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementsArchive.write(out, statements, HEADING, StatementWords.french());

        Map<String, byte[]> entries = StatementDocumentsTests.unzip(out.toByteArray());
        SheetGrid summary =
                StatementDocumentsTests.sheets(entries.get("synthese.ods")).get("Synthèse");
        int totalColumn = summary.rows().get(0).cells().size() - 1;
        List<SheetGrid.Row> communes = summary.rows().subList(1, 4);
        // Each service's total over the territory is unit cost × every unit, rounded once.
        BigDecimal expected = BigDecimal.ZERO;
        for (ServiceUnitCost rate : rates) {
            BigDecimal units = BigDecimal.ZERO;
            for (List<Use> uses : all) {
                for (Use use : uses) {
                    if (use.serviceCode().equals(rate.serviceCode())
                            && use.date().getYear() == 2015) {
                        units = units.add(use.units());
                    }
                }
            }
            expected = expected.add(rate.value().multiply(units).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        assertThat(sum(communes, totalColumn)).isEqualByComparingTo(expected);
        assertThat(new BigDecimal(summary.rows().get(4).cell(totalColumn))).isEqualByComparingTo(expected);
        BigDecimal workbooks = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            String name = "2900" + i + "-commune-" + i + ".ods";
            SheetGrid lines = StatementDocumentsTests.sheets(entries.get(name)).get("Recours");
            workbooks = workbooks.add(sum(lines.rows().subList(1, lines.rows().size()), 6));
        }
        assertThat(workbooks).isEqualByComparingTo(expected);
    }

    private static BigDecimal sum(List<SheetGrid.Row> rows, int column) {
        return rows.stream().map(r -> new BigDecimal(r.cell(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
