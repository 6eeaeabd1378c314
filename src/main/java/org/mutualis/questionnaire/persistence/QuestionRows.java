package org.mutualis.questionnaire.persistence;

import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;

/** Turns a row of a questionnaire file into a {@link Question}. */
public final class QuestionRows {

    private QuestionRows() {}

    public static Question question(CSVRecord r, List<Indicator> indicators) {
        String indicatorCode = r.get("indicator");
        Indicator indicator = indicators.stream()
                .filter(i -> i.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Question " + r.get("code") + " refers to unknown indicator " + indicatorCode));
        return new Question(
                r.get("code"),
                indicatorCode,
                Integer.parseInt(r.get("position")),
                r.get("label_fr"),
                r.get("label_en"),
                r.get("help_fr"),
                Boolean.parseBoolean(r.get("required")),
                Boolean.parseBoolean(r.get("allows_nc")),
                CatalogueFiles.decimal(r.get("min")),
                CatalogueFiles.decimal(r.get("max")),
                // The value type follows the indicator, so two versions cannot disagree on it.
                indicator.integer(),
                // Optional column: a text question's own length limit, tighter than the default.
                r.isMapped("max_length") && !r.get("max_length").isBlank()
                        ? Integer.valueOf(r.get("max_length").strip())
                        : null);
    }
}
