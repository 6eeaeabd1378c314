package org.mutualis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutualis.StudyCodes.MORLAIX;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.assessment.documents.AssessmentOds;
import org.mutualis.assessment.documents.AssessmentPdf;
import org.mutualis.assessment.domain.Assessment;
import org.mutualis.assessment.domain.AssessmentEngine;
import org.mutualis.assessment.domain.AssessmentEngineTests;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;

/** The assessment read as a PDF and as an ODS workbook, as the steering committee gets them. */
class AssessmentDocumentsTests {

    private static final AssessmentHeading HEADING = new AssessmentHeading(
            "Morlaix Communauté",
            "Postes de travail et lignes fixes",
            "Groupement de commandes",
            AssessmentEngineTests.AWARD_DATE,
            LocalDate.of(2013, 1, 15));

    /** Desktops 680.10 → 600 expected, 580 obtained, for 12 + 3; fixed lines not awarded yet. */
    private final Assessment assessment = AssessmentEngine.study()
            .assess(List.of(AssessmentEngineTests.desktops("580"), AssessmentEngineTests.lines(false)));

    @Test
    void thePdfShowsTheTablesTotalsAndMethod() throws Exception {
        byte[] pdf = new AssessmentPdf().render(assessment, HEADING);

        String text = text(pdf);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(text)
                .contains("Bilan existant / obtenu")
                .contains("Postes de travail et lignes fixes")
                .contains("Morlaix Communauté")
                .contains("Locquénolé (29105)")
                .contains("3 (extrapolé)")
                .contains("680,10 €")
                .contains("1 501,50 €") // total obtained for the desktops
                .contains("1 201,50 €") // total expected
                .contains("300,00 €") // gap
                .contains("non attribué")
                .contains("Méthode")
                .contains("(680.10 − 580) × 12 = 1201.20 € HT une fois");
    }

    @Test
    void aDearerAwardPrintsANegativeAmount() throws Exception {
        Assessment dearer = AssessmentEngine.study().assess(List.of(AssessmentEngineTests.desktops("700")));

        assertThat(text(new AssessmentPdf().render(dearer, HEADING))).contains("−298,50 €");
    }

    @Test
    void theOdsGivesTheSameNumbersAsTypedCells() throws Exception {
        byte[] ods = new AssessmentOds().render(assessment, HEADING);

        List<SheetGrid> sheets = OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults());
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("Bilan", "Méthode", "Marché");
        SheetGrid bilan = sheets.get(0);
        assertThat(bilan.rows().get(0).cells()).isEqualTo(AssessmentOds.COLUMNS);

        SheetGrid.Row morlaix = bilan.rows().get(1);
        assertThat(morlaix.cells().subList(0, 5)).containsExactly("Poste fixe", MORLAIX, "Morlaix", "12", "déclaré");
        assertThat(decimal(morlaix.cell(5))).isEqualByComparingTo("680.10");
        assertThat(decimal(morlaix.cell(7))).isEqualByComparingTo("580");
        assertThat(decimal(morlaix.cell(11))).isEqualByComparingTo("961.20");
        assertThat(decimal(morlaix.cell(12))).isEqualByComparingTo("1201.20");
        assertThat(decimal(morlaix.cell(13))).isEqualByComparingTo("240.00");

        SheetGrid.Row notAwarded = row(bilan, "Ligne fixe", MORLAIX);
        assertThat(decimal(notAwarded.cell(8))).isEqualByComparingTo("590.40");
        assertThat(notAwarded.cell(7)).isEqualTo("non attribué");
        assertThat(notAwarded.cell(9)).isEqualTo("non attribué");

        SheetGrid.Row total = bilan.rows().get(bilan.rows().size() - 1);
        assertThat(total.cell(0)).isEqualTo("Total du marché");
        assertThat(decimal(total.cell(8)))
                .isEqualByComparingTo(assessment.total().expected().perYear().value());
        assertThat(decimal(total.cell(11))).isEqualByComparingTo("1201.50");
        assertThat(decimal(total.cell(12))).isEqualByComparingTo("1501.50");
        assertThat(decimal(total.cell(13))).isEqualByComparingTo("300.00");

        SheetGrid method = sheets.get(1);
        assertThat(method.rows())
                .anyMatch(r -> r.cell(4).equals("(680.10 − 580) × 12 = 1201.20 € HT une fois")
                        && r.cell(2).equals("assessment.obtained.one_off"));
        assertThat(sheets.get(2).rows()).anyMatch(r -> r.cells().equals(List.of("Attribution", "14/09/2012")));
    }

    private static SheetGrid.Row row(SheetGrid grid, String article, String code) {
        return grid.rows().stream()
                .filter(r -> r.cell(0).equals(article) && r.cell(1).equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal decimal(String cell) {
        return new BigDecimal(cell);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
