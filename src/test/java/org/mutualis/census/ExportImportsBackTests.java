package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * What the application exports, it imports back: a campaign's file with every column filled is
 * accepted by the import's own limits, and reads back as it was written. The files here are a few
 * hundred rows (the suite stays fast); the limits are checked for the documented largest campaign
 * ({@link AnswerFileLimits#MAX_COLLECTIVITIES} collectivités) by measuring the bytes, inflated
 * bytes and cells a row takes in each format and multiplying.
 */
class ExportImportsBackTests {

    private static final int ROWS = 300;

    /** The catalogue's largest theme: the widest file a one-theme campaign writes. */
    private static final Questionnaire WIDEST = Catalogue.themes().stream()
            .map(t -> Catalogue.latest(t.theme()))
            .max(Comparator.comparingInt(q -> q.questions().size()))
            .orElseThrow();

    private static final List<Questionnaire> ALL_THEMES =
            Catalogue.themes().stream().map(t -> Catalogue.latest(t.theme())).toList();

    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void aFullExportOfTheWidestThemeImportsBackUnchanged(AnswerFileFormat format) {
        Rows rows = filled(List.of(WIDEST), ROWS);
        byte[] file = write(format, List.of(WIDEST), rows);

        AnswersImport read = Workbooks.read(
                new ByteArrayInputStream(file),
                format,
                List.of(WIDEST),
                rows.names().keySet(),
                AnswerFileLimits.defaults());

        assertThat(read).isInstanceOf(AnswersImport.Accepted.class);
        assertThat(((AnswersImport.Accepted) read).responses()).containsExactlyElementsOf(rows.responses());
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerFileFormat.class,
            names = {"XLSX", "ODS"})
    void aFullWorkbookOfEveryThemeImportsBackUnchanged(AnswerFileFormat format) {
        Rows rows = filled(ALL_THEMES, ROWS / 3);
        byte[] file = write(format, ALL_THEMES, rows);

        AnswersImport read = Workbooks.read(
                new ByteArrayInputStream(file), format, ALL_THEMES, rows.names().keySet(), AnswerFileLimits.defaults());

        assertThat(read).isInstanceOf(AnswersImport.Accepted.class);
        assertThat(((AnswersImport.Accepted) read).responses()).containsExactlyElementsOf(rows.responses());
    }

    /**
     * The documented largest campaign fits the import's limits in every format: what a row of the
     * widest theme, every column filled, takes in bytes, inflated bytes and cells, times {@link
     * AnswerFileLimits#MAX_COLLECTIVITIES}, plus the header and the other sheets.
     */
    @ParameterizedTest
    @EnumSource(AnswerFileFormat.class)
    void theLargestDocumentedCampaignFitsTheImportLimits(AnswerFileFormat format) {
        AnswerFileLimits limits = AnswerFileLimits.defaults();
        byte[] small = write(format, List.of(WIDEST), filled(List.of(WIDEST), 100));
        byte[] large = write(format, List.of(WIDEST), filled(List.of(WIDEST), 100 + ROWS));
        double bytesPerRow = (large.length - small.length) / (double) ROWS;
        long fixed = small.length;
        long largest = fixed + (long) Math.ceil(bytesPerRow * AnswerFileLimits.MAX_COLLECTIVITIES);
        assertThat(largest)
                .as("%s file of %,d rows", format, AnswerFileLimits.MAX_COLLECTIVITIES)
                .isLessThanOrEqualTo(limits.maxBytes());

        if (format != AnswerFileFormat.CSV) {
            double inflatedPerRow = (inflated(large) - inflated(small)) / (double) ROWS;
            long largestInflated =
                    inflated(small) + (long) Math.ceil(inflatedPerRow * AnswerFileLimits.MAX_COLLECTIVITIES);
            assertThat(largestInflated)
                    .as("%s inflated", format)
                    .isLessThanOrEqualTo(limits.grid().inflating(largest).maxUncompressedBytes());
        }
        int columns = WIDEST.questions().size() + 3;
        assertThat(columns).isLessThanOrEqualTo(AnswerFileLimits.MAX_FILLED_COLUMNS);
        long cells = (long) columns * (AnswerFileLimits.MAX_COLLECTIVITIES + 1)
                + 9L * (WIDEST.questions().size() + 4);
        assertThat(cells).isLessThanOrEqualTo(limits.maxCells());
    }

    /** The collectivités' answers, every question answered, values within each question's bounds. */
    private record Rows(List<ImportedResponse> responses, Map<String, String> names) {}

    private static Rows filled(List<Questionnaire> themes, int count) {
        Random random = new Random(count);
        List<ImportedResponse> responses = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String code = String.format("%05d", 10_000 + i);
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            for (Questionnaire q : themes) {
                for (Question question : q.questions()) {
                    answers.put(question.code(), value(q.indicatorOf(question), question, random, i));
                }
            }
            responses.add(new ImportedResponse(code, answers, "Commentaire de la collectivité n° " + i + ", saisi."));
            names.put(code, "Saint-Martin-des-Champs-sur-Mer " + i);
        }
        return new Rows(responses, names);
    }

    private static AnswerValue value(Indicator indicator, Question question, Random random, int row) {
        return switch (indicator.aggregation()) {
            case YES_NO -> new AnswerValue.Text(random.nextBoolean() ? "oui" : "non");
            case CHOICE ->
                new AnswerValue.Text(indicator
                        .choices()
                        .get(random.nextInt(indicator.choices().size())));
            case TEXT -> {
                String text = "Texte libre de la réponse " + row;
                int max = question.maxLength() == null ? text.length() : question.maxLength();
                yield new AnswerValue.Text(text.substring(0, Math.min(max, text.length())));
            }
            case DATE -> new AnswerValue.Text("2012-03-1" + random.nextInt(10));
            default -> {
                BigDecimal min = question.min() == null ? BigDecimal.ZERO : question.min();
                BigDecimal max = question.max() == null ? new BigDecimal("1000000") : question.max();
                BigDecimal v = min.add(max.subtract(min).multiply(BigDecimal.valueOf(random.nextDouble())));
                v = question.integer() ? v.setScale(0, RoundingMode.DOWN) : v.setScale(2, RoundingMode.DOWN);
                v = v.stripTrailingZeros();
                yield new AnswerValue.Numeric(v.scale() < 0 ? v.setScale(0) : v);
            }
        };
    }

    private static byte[] write(AnswerFileFormat format, List<Questionnaire> themes, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(out, format, themes, rows.responses(), rows.names());
        return out.toByteArray();
    }

    /** The bytes a zip inflates to, read with the JDK's own zip reader (which the writers must suit). */
    private static long inflated(byte[] zip) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }
}
