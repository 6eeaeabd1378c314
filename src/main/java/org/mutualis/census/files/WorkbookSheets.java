package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.ColumnChoices;
import org.mutualis.spreadsheet.SheetContent;

/**
 * Lays a campaign's themes out as a workbook: one answers sheet per theme in the answers-file
 * layout, with drop-down lists on the choice columns; the questions explained; the hidden sheet
 * of themes and versions.
 */
public final class WorkbookSheets {

    /** The answers sheets' first question column: after {@code code} and {@code name}. */
    private static final int FIRST_QUESTION_COLUMN = 2;

    private WorkbookSheets() {}

    /**
     * The sheets, their rows made as they are written: {@code rows} is walked once per theme, and
     * may be read from the database as it goes.
     *
     * @throws IllegalArgumentException as the rows are written, if a response answers a question no
     *     theme asks
     */
    public static List<SheetContent> sheets(
            List<Questionnaire> themes, List<ImportedResponse> rows, Map<String, String> namesByCode) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one theme");
        }
        List<SheetContent> sheets = new ArrayList<>();
        for (Questionnaire q : themes) {
            // Every collectivité on every sheet, so that a theme not answered yet can be filled in;
            // the one comment on the first sheet, so that it is edited in one place only.
            boolean first = sheets.isEmpty();
            // Mapped as the sheet is written: the rows may be read from the database as they go.
            List<ImportedResponse> part = Mapped.of(rows, r -> {
                known(themes, r);
                return new ImportedResponse(
                        r.collectivityCode(), answersOf(q, r.answers()), first ? r.comment() : null);
            });
            SheetContent answers = AnswerSheets.answers(q, part, namesByCode);
            sheets.add(new SheetContent(answers.name(), answers.rows(), choices(q), false));
        }
        sheets.add(AnswerSheets.questions(themes));
        sheets.add(WorkbookMeta.sheet(themes));
        return sheets;
    }

    private static void known(List<Questionnaire> themes, ImportedResponse row) {
        row.answers().keySet().forEach(code -> {
            if (themes.stream().allMatch(q -> q.question(code).isEmpty())) {
                throw new IllegalArgumentException("No question " + code + " in the workbook's themes");
            }
        });
    }

    private static Map<String, AnswerValue> answersOf(Questionnaire q, Map<String, AnswerValue> answers) {
        Map<String, AnswerValue> part = new LinkedHashMap<>();
        answers.forEach((code, value) -> {
            if (q.question(code).isPresent()) {
                part.put(code, value);
            }
        });
        return part;
    }

    /** The drop-down of each yes/no and choice column, NC included where the question accepts it. */
    static List<ColumnChoices> choices(Questionnaire q) {
        List<ColumnChoices> choices = new ArrayList<>();
        for (int i = 0; i < q.questions().size(); i++) {
            Question question = q.questions().get(i);
            Indicator indicator = q.indicatorOf(question);
            List<String> values = new ArrayList<>();
            if (indicator.aggregation() == Aggregation.YES_NO) {
                values.addAll(List.of("oui", "non"));
            } else if (indicator.aggregation() == Aggregation.CHOICE) {
                values.addAll(indicator.choices());
            }
            if (values.isEmpty()) {
                continue;
            }
            if (question.allowsNc()) {
                values.add(AnswerValue.NC);
            }
            choices.add(new ColumnChoices(FIRST_QUESTION_COLUMN + i, question.code(), question.labelFr(), values));
        }
        return choices;
    }
}
