package org.mutualis.assessment.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentHeading;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.assessment.domain.AssessmentItem;
import org.mutualis.assessment.domain.AssessmentLine;
import org.mutualis.assessment.domain.AssessmentTotals;
import org.mutualis.savings.domain.Price;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.savings.domain.SavingFigure;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;
import org.springframework.stereotype.Component;

/**
 * The assessment ("bilan existant / obtenu") as an ODS workbook: sheet {@code Bilan} with a row per
 * item and collectivité then the totals, amounts as numbers (euros HT, to the cent) and "non
 * attribué" as text; sheet {@code Méthode} with every formula; sheet {@code Marché} with the title
 * block.
 */
@Component
public class AssessmentOds {

    /** The columns of sheet {@code Bilan}. */
    public static final List<String> COLUMNS = List.of(
            "Article",
            "Code",
            "Collectivité",
            "Volume",
            "Source du volume",
            "Prix actuel HT",
            "Prix attendu HT",
            "Prix obtenu HT",
            "Économie attendue / an",
            "Économie obtenue / an",
            "Écart / an",
            "Économie attendue (achat)",
            "Économie obtenue (achat)",
            "Écart (achat)",
            "Économie attendue sur le contrat",
            "Économie obtenue sur le contrat",
            "Écart sur le contrat");

    private static final List<Function<SavingAmounts, SavingFigure>> PERIODS =
            List.of(SavingAmounts::perYear, SavingAmounts::oneOff, SavingAmounts::overContract);

    /** The workbook as ODS bytes. */
    public byte[] render(Assessment assessment, AssessmentHeading heading) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(
                    out,
                    List.of(
                            new SheetContent("Bilan", bilan(assessment)),
                            new SheetContent(AssessmentText.METHOD, method(assessment)),
                            new SheetContent("Marché", heading(heading))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the assessment workbook", e);
        }
        return out.toByteArray();
    }

    private static List<List<GridCell>> bilan(Assessment assessment) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(GridCell::text).toList());
        for (AssessmentItem item : assessment.items()) {
            for (AssessmentLine line : item.lines()) {
                List<GridCell> row = new ArrayList<>(List.of(
                        GridCell.text(item.item().label()),
                        GridCell.text(line.collectivityCode()),
                        GridCell.text(line.collectivityName()),
                        GridCell.number(line.volume()),
                        GridCell.text(AssessmentText.source(line.volumeSource())),
                        price(line.currentPrice()),
                        price(line.expectedPrice()),
                        line.obtainedPrice().map(AssessmentOds::price).orElse(notAwarded())));
                amounts(row, line.expected(), line.obtained(), line.gap());
                rows.add(row);
            }
            rows.add(totalRow(item.item().label(), "", "Total de l'article", item.totals()));
        }
        for (AssessmentTotals totals : assessment.collectivities()) {
            rows.add(totalRow("Total de la collectivité", totals.scope(), totals.label(), totals));
        }
        rows.add(totalRow(assessment.total().label(), "", "", assessment.total()));
        return rows;
    }

    private static List<GridCell> totalRow(String article, String code, String name, AssessmentTotals totals) {
        List<GridCell> row = new ArrayList<>(List.of(
                GridCell.text(article),
                GridCell.text(code),
                GridCell.text(name),
                GridCell.text(""),
                GridCell.text(""),
                GridCell.text(""),
                GridCell.text(""),
                GridCell.text("")));
        amounts(row, totals.expected(), totals.obtained(), totals.gap());
        return row;
    }

    private static void amounts(
            List<GridCell> row, SavingAmounts expected, @Nullable SavingAmounts obtained, @Nullable SavingAmounts gap) {
        for (Function<SavingAmounts, SavingFigure> period : PERIODS) {
            row.add(euros(period.apply(expected)));
            row.add(obtained == null ? notAwarded() : euros(period.apply(obtained)));
            row.add(gap == null ? notAwarded() : euros(period.apply(gap)));
        }
    }

    private static List<List<GridCell>> method(Assessment assessment) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(
                GridCell.text("Article"),
                GridCell.text("Collectivité"),
                GridCell.text("Grandeur"),
                GridCell.text("Valeur"),
                GridCell.text("Formule"),
                GridCell.text("Notes")));
        rows.add(List.of(GridCell.text(AssessmentText.METHOD_INTRO)));
        for (AssessmentItem item : assessment.items()) {
            for (AssessmentLine line : item.lines()) {
                figures(rows, item.item().label(), line.collectivityName(), line.expected());
                figures(rows, item.item().label(), line.collectivityName(), line.obtained());
                figures(rows, item.item().label(), line.collectivityName(), line.gap());
            }
        }
        for (AssessmentTotals totals : assessment.collectivities()) {
            figures(rows, "", totals.label(), totals.expected());
            figures(rows, "", totals.label(), totals.obtained());
            figures(rows, "", totals.label(), totals.gap());
        }
        AssessmentTotals total = assessment.total();
        figures(rows, total.label(), "", total.expected());
        figures(rows, total.label(), "", total.expectedAwarded());
        figures(rows, total.label(), "", total.obtained());
        figures(rows, total.label(), "", total.gap());
        return rows;
    }

    private static void figures(List<List<GridCell>> rows, String item, String who, @Nullable SavingAmounts amounts) {
        if (amounts == null) {
            return;
        }
        for (Function<SavingAmounts, SavingFigure> period : PERIODS) {
            SavingFigure figure = period.apply(amounts);
            rows.add(List.of(
                    GridCell.text(item),
                    GridCell.text(who),
                    GridCell.text(figure.id()),
                    euros(figure),
                    GridCell.text(figure.formula().french()),
                    GridCell.text(String.join(
                            "\n", figure.notes().stream().map(Text::french).toList()))));
        }
    }

    private static List<List<GridCell>> heading(AssessmentHeading heading) {
        return List.of(
                List.of(GridCell.text("Champ"), GridCell.text("Valeur")),
                List.of(GridCell.text("Document"), GridCell.text(AssessmentText.TITLE)),
                List.of(GridCell.text("Territoire"), GridCell.text(heading.territory())),
                List.of(GridCell.text("Objet"), GridCell.text(heading.subject())),
                List.of(GridCell.text("Procédure"), GridCell.text(heading.procedure())),
                List.of(GridCell.text("Attribution"), GridCell.text(AssessmentText.date(heading.awardedOn()))),
                List.of(GridCell.text("Édité le"), GridCell.text(AssessmentText.date(heading.generatedOn()))));
    }

    private static GridCell euros(SavingFigure figure) {
        return GridCell.number(figure.value().setScale(2, RoundingMode.HALF_UP));
    }

    private static GridCell price(Price price) {
        return GridCell.number(price.amount());
    }

    private static GridCell notAwarded() {
        return GridCell.text(AssessmentText.NOT_AWARDED);
    }
}
