package org.mutualis.programme.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutualis.programme.domain.gantt.GanttChart;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;
import org.mutualis.programme.domain.gantt.SyntheticProgramme;

/** The Gantt chart's PDF, read back with PDFBox: A3 landscape pages, real text, rows continued page after page. */
class GanttPdfTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static GanttChart small() {
        return new GanttChart(
                "Programme de mutualisation",
                TODAY,
                List.of(
                        GanttRow.of("s1", GanttLevel.STAGE, "Étape 1 : état des lieux", d(3, 1), d(4, 30)),
                        new GanttRow(
                                "t1",
                                GanttLevel.TASK,
                                "Recenser les contrats d’assurance",
                                d(3, 1),
                                d(3, 10),
                                GanttStatus.DONE,
                                false,
                                false,
                                List.of(),
                                "/programme/tasks/1"),
                        new GanttRow(
                                "t2",
                                GanttLevel.TASK,
                                "Analyser les réponses & <relancer>",
                                d(3, 11),
                                d(3, 14),
                                GanttStatus.IN_PROGRESS,
                                true,
                                false,
                                List.of("t1"),
                                null),
                        new GanttRow(
                                "t3",
                                GanttLevel.TASK,
                                "Comité de pilotage",
                                d(4, 2),
                                d(4, 2),
                                GanttStatus.TODO,
                                false,
                                true,
                                List.of("t2"),
                                null),
                        GanttRow.of("t4", GanttLevel.TASK, "Tâche sans dates", null, null)));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    @Test
    void drawsOnA3LandscapePagesWithRealText() throws Exception {
        byte[] pdf = GanttPdf.write(GanttLayout.of(small()), GanttWords.french());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            int rotation = page.getRotation();
            double width = rotation % 180 == 0 ? box.getWidth() : box.getHeight();
            double height = rotation % 180 == 0 ? box.getHeight() : box.getWidth();
            // A3 is 297 × 420 mm: 841.89 × 1190.55 pt, here the long side across
            assertThat(width).isCloseTo(1190.55, within(1.0));
            assertThat(height).isCloseTo(841.89, within(1.0));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Programme de mutualisation");
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Programme de mutualisation")
                    .contains("Étape 1 : état des lieux")
                    .contains("Recenser les contrats d’assurance")
                    .contains("Analyser les réponses & <relancer>")
                    .contains("en retard")
                    .contains("Comité de pilotage")
                    .contains("Tâche sans dates")
                    .contains("Aujourd’hui")
                    .contains("mars 2027")
                    .contains("Page 1 / 1");
            assertThat(text.indexOf("Recenser")).isLessThan(text.indexOf("Analyser"));
        }
    }

    @Test
    void noTodayWhenTodayIsOutsideTheSpan() throws Exception {
        GanttChart chart = small();
        GanttChart later = new GanttChart(chart.title(), LocalDate.of(2031, 1, 1), chart.rows());
        try (PDDocument document = Loader.loadPDF(GanttPdf.write(GanttLayout.of(later), GanttWords.english()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .doesNotContain("Today")
                    .doesNotContain("Aujourd")
                    .contains("late")
                    .contains("Page 1 of 1");
        }
    }

    @Test
    void twoThousandRowsContinuePageAfterPageWithTheHeaderRepeated() throws Exception {
        GanttChart chart = SyntheticProgramme.twoThousandRows();
        byte[] pdf = GanttPdf.write(GanttLayout.of(chart), GanttWords.french());
        Path out = Path.of("target", "gantt");
        Files.createDirectories(out);
        Files.write(out.resolve("programme-2000.pdf"), pdf);
        int perPage = GanttPdf.rowsPerPage();
        assertThat(perPage).isBetween(40, 80);
        int pages = (2000 + perPage - 1) / perPage;
        assertThat(GanttPdf.pages(2000)).isEqualTo(pages);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : new int[] {1, 2, pages}) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text)
                        .as("page %d", page)
                        .contains("Programme de mutualisation")
                        .contains("Page " + page + " / " + pages)
                        .contains("2027")
                        .contains("janv.");
                int first = (page - 1) * perPage;
                int last = Math.min(2000, first + perPage) - 1;
                assertThat(text).contains(chart.rows().get(first).label());
                assertThat(text).contains(chart.rows().get(last).label());
                if (page < pages) {
                    assertThat(text).doesNotContain(chart.rows().get(last + 1).label() + "\n");
                }
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document);
            long tasks = chart.rows().stream()
                    .filter(r -> r.level() == GanttLevel.TASK)
                    .count();
            assertThat(all.lines().filter(l -> l.startsWith("Tâche ")).count()).isEqualTo(tasks);
        }
    }
}
