package org.mutualis.savings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.savings.domain.ScenarioKind;

/**
 * The 2012 study's four scenarios, with its advantages and drawbacks, as a starting point any
 * territory can take and edit. They are data, not code: {@code savings/study-scenarios.csv}.
 */
final class StudyScenarios {

    static final String FILE = "savings/study-scenarios.csv";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private StudyScenarios() {}

    static List<ScenarioView> forTerritory(long territoryId, Set<String> everyone) {
        try (InputStream in = StudyScenarios.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + FILE);
            }
            return FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).stream()
                    .map(row -> scenario(territoryId, row, everyone))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScenarioView scenario(long territoryId, CSVRecord row, Set<String> everyone) {
        return new ScenarioView(
                0,
                territoryId,
                row.get("code"),
                row.get("name"),
                ScenarioKind.valueOf(row.get("kind")),
                new BigDecimal(row.get("retained_percent")),
                row.get("assumption"),
                row.get("advantages"),
                row.get("drawbacks"),
                themes(row.get("themes")),
                everyone,
                0);
    }

    private static Set<ItemTheme> themes(String cell) {
        return Arrays.stream(cell.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .map(ItemTheme::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
