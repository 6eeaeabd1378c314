package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.AnswerLimits;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * Checks every row of an answers sheet against the questionnaire and the territory, and keeps
 * going after a problem so that one pass over the file lists all of them.
 */
final class AnswerSheetCheck {

    private final SheetGrid grid;
    private final Questionnaire q;
    /** Known codes by their upper-case form: "2a004" is "2A004". */
    private final Map<String, String> known = new HashMap<>();

    private final ProblemList problems;

    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");

    /** See {@link #checkWorkbookSheet}. */
    private final boolean skipUnanswered;

    private final Set<String> notAsked;

    private AnswerSheetCheck(
            SheetGrid grid, Questionnaire q, Set<String> knownCodes, boolean skipUnanswered, Set<String> notAsked) {
        this.grid = grid;
        this.q = q;
        this.skipUnanswered = skipUnanswered;
        this.notAsked = notAsked;
        knownCodes.forEach(code -> known.put(code.toUpperCase(Locale.ROOT), code));
        this.problems = new ProblemList(grid.name());
    }

    static AnswersImport check(SheetGrid grid, Questionnaire q, Set<String> knownCodes) {
        return new AnswerSheetCheck(grid, q, knownCodes, false, Set.of()).check();
    }

    /**
     * A sheet of a workbook. A row without any answer is a theme the collectivité has not
     * answered yet, not a row missing its required answers: a workbook carries every collectivité
     * on every theme's sheet, filled in or not.
     *
     * @param notAsked questions the sheet's questionnaire version did not ask (an older version),
     *     whose columns may be absent even when the campaign's version requires them
     */
    static AnswersImport checkWorkbookSheet(
            SheetGrid grid, Questionnaire q, Set<String> knownCodes, Set<String> notAsked) {
        return new AnswerSheetCheck(grid, q, knownCodes, true, notAsked).check();
    }

    private AnswersImport check() {
        if (grid.rows().isEmpty()) {
            problems.add(0, -1, null, "census.import.empty");
            return new AnswersImport.Rejected(problems.sorted());
        }
        AnswerColumns columns = AnswerColumns.read(grid, q, problems, notAsked);
        // each column's indicator looked up once, not for every cell
        Map<Integer, Indicator> indicators = new HashMap<>();
        columns.questions.forEach((column, question) -> indicators.put(column, q.indicatorOf(question)));
        Map<String, Integer> rowOfCode = new HashMap<>();
        List<ImportedResponse> responses = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (SheetGrid.Row row : grid.rows().subList(1, grid.rows().size())) {
            if (row.isBlank()) {
                continue;
            }
            String code = columns.code < 0 ? null : code(row, columns.code, rowOfCode);
            Map<String, AnswerValue> answers = new LinkedHashMap<>();
            boolean unanswered = skipUnanswered
                    && columns.questions.keySet().stream()
                            .allMatch(c -> row.cell(c).isBlank());
            columns.questions.forEach((column, question) -> {
                if (unanswered) {
                    return;
                }
                Indicator indicator = indicators.get(column);
                AnswerCells.Result result =
                        AnswerCells.parse(FrenchLabels.toCode(indicator, row.cell(column)), question, indicator);
                if (result.problem() != null) {
                    problems.add(row.number(), column, question.code(), result.problem());
                } else if (result.value() != null) {
                    answers.put(question.code(), result.value());
                }
            });
            String comment =
                    columns.comment < 0 ? "" : row.cell(columns.comment).strip();
            Text commentProblem = AnswerCells.comment(comment, AnswerLimits.DEFAULTS);
            if (commentProblem != null) {
                problems.add(row.number(), columns.comment, "comment", commentProblem);
            }
            String name = columns.name < 0 ? "" : row.cell(columns.name).strip();
            if (code != null && !name.isEmpty()) {
                names.put(code, name);
            }
            if (code != null && !(unanswered && comment.isEmpty())) {
                responses.add(new ImportedResponse(code, inQuestionOrder(answers), comment.isEmpty() ? null : comment));
            }
        }
        return problems.isEmpty()
                ? new AnswersImport.Accepted(responses, names, AnswersImport.Layout.ROWS)
                : new AnswersImport.Rejected(problems.sorted());
    }

    /** The row's collectivité code as the territory spells it, or null after adding a problem. */
    private @Nullable String code(SheetGrid.Row row, int column, Map<String, Integer> rowOfCode) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            problems.add(row.number(), column, "code", "census.import.code.empty");
            return null;
        }
        String code = known.get(text.toUpperCase(Locale.ROOT));
        if (code == null && FOUR_DIGITS.matcher(text).matches()) {
            // A spreadsheet that took "01001" for a number shows 1001.
            code = known.get("0" + text);
        }
        if (code == null) {
            problems.add(row.number(), column, "code", "census.import.code.unknown", text);
            return null;
        }
        Integer first = rowOfCode.putIfAbsent(code, row.number());
        if (first != null) {
            problems.add(row.number(), column, "code", "census.import.code.twice", text, String.valueOf(first));
            return null;
        }
        return code;
    }

    private Map<String, AnswerValue> inQuestionOrder(Map<String, AnswerValue> answers) {
        Map<String, AnswerValue> ordered = new LinkedHashMap<>();
        q.questions().forEach(question -> {
            AnswerValue value = answers.get(question.code());
            if (value != null) {
                ordered.put(question.code(), value);
            }
        });
        return ordered;
    }
}
