package org.mutualis.questionnaire.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mutualis.questionnaire.Condition;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.RenewalDef;
import org.mutualis.questionnaire.Section;
import org.mutualis.questionnaire.ShareGroupDef;
import org.mutualis.shared.Aggregation;

/**
 * Reads the catalogue's CSV data files from the classpath. The catalogue is data, not code, so
 * that a new OS or office suite (Windows 11, Microsoft 365, LibreOffice) is one more row.
 */
public final class CatalogueFiles {

    static final String ROOT = "census/";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .setTrim(true)
            .get();

    private CatalogueFiles() {}

    public static List<Indicator> indicators() {
        return records("indicators.csv").stream()
                .map(r -> new Indicator(
                        r.get("code"),
                        r.get("label_fr"),
                        r.get("label_en"),
                        r.get("unit"),
                        Aggregation.valueOf(r.get("aggregation").toUpperCase(Locale.ROOT)),
                        blankToNull(r.get("share_group")),
                        blankToNull(r.get("weight_indicator")),
                        decimal(r.get("plausible_min")),
                        decimal(r.get("plausible_max")),
                        list(r.get("choices"))))
                .toList();
    }

    public static List<ShareGroupDef> shareGroups() {
        return records("share-groups.csv").stream()
                .map(r -> new ShareGroupDef(
                        r.get("code"),
                        r.get("label_fr"),
                        r.get("label_en"),
                        list(r.get("device_indicators")),
                        Integer.parseInt(r.get("max_per_device"))))
                .toList();
    }

    public static List<RenewalDef> renewals() {
        return records("renewals.csv").stream()
                .map(r -> new RenewalDef(
                        r.get("code"),
                        r.get("label_fr"),
                        r.get("label_en"),
                        r.get("count_indicator"),
                        r.get("lifespan_indicator"),
                        blankToNull(r.get("cost_indicator"))))
                .toList();
    }

    /** The skip logic of {@code conditions.csv}: which question is moot after which answer. */
    public static List<Condition> conditions() {
        return records("conditions.csv").stream()
                .map(r -> new Condition(r.get("code"), r.get("depends_on"), r.get("op"), r.get("value")))
                .toList();
    }

    /** The sections of {@code sections.csv}: where a theme's steps start in the answer form. */
    public static List<Section> sections() {
        return records("sections.csv").stream()
                .map(r -> new Section(r.get("code"), r.get("title_fr"), r.get("title_en")))
                .toList();
    }

    /** The rows of {@code questionnaires.csv}: theme, version and titles. */
    public static List<CSVRecord> questionnaireIndex() {
        return records("questionnaires.csv");
    }

    public static List<CSVRecord> questions(String theme, int version) {
        return records("questionnaires/" + theme + "-v" + version + ".csv");
    }

    static List<CSVRecord> records(String name) {
        String path = ROOT + name;
        InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("Missing census catalogue resource " + path);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    static @Nullable BigDecimal decimal(String text) {
        return text.isBlank() ? null : new BigDecimal(text);
    }

    static List<String> list(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\\|")).map(String::trim).toList();
    }
}
