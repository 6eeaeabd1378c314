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
import org.mutualis.census.ImportProblem;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.AnswerLimits;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * Reads back a workbook of {@link PersonWorkbook}: the collectivité from the cover, the answers
 * from each theme sheet, a question per row found by its hidden code. Every problem of every
 * sheet is listed at its sheet, row and column, and nothing is taken if there is one. A theme
 * sheet left blank is a theme not answered yet; a sheet with answers must have its required
 * questions answered (or NC), as in the row layout.
 */
final class PersonWorkbookCheck {

    private final List<Questionnaire> themes;
    private final Map<String, String> known = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, String> sheetOfQuestion = new HashMap<>();
    private final Map<String, AnswerValue> answers = new HashMap<>();

    private PersonWorkbookCheck(List<Questionnaire> themes, Set<String> knownCodes) {
        this.themes = themes;
        knownCodes.forEach(code -> known.put(code.toUpperCase(Locale.ROOT), code));
    }

    /** Whether the workbook has the cover of the person's layout. */
    static boolean isPersonWorkbook(List<SheetGrid> grids) {
        return cover(grids) != null;
    }

    static AnswersImport check(List<SheetGrid> grids, List<Questionnaire> themes, Set<String> knownCodes) {
        return new PersonWorkbookCheck(themes, knownCodes).check(grids);
    }

    private static @Nullable SheetGrid cover(List<SheetGrid> grids) {
        return grids.stream()
                .filter(g ->
                        !g.rows().isEmpty() && g.rows().get(0).cell(2).strip().startsWith("mutualis:vertical"))
                .findFirst()
                .orElse(null);
    }

    private AnswersImport check(List<SheetGrid> grids) {
        SheetGrid cover = cover(grids);
        if (cover == null) {
            throw new IllegalArgumentException("Not a person's workbook");
        }
        ProblemList coverProblems = new ProblemList(cover.name());
        String code = null;
        String name = "";
        String comment = "";
        boolean codeLine = false;
        for (SheetGrid.Row row : cover.rows()) {
            String key = row.cell(2).strip();
            String value = row.cell(1).strip();
            switch (key) {
                case PersonWorkbook.KEY_CODE -> {
                    codeLine = true;
                    code = code(value, row, coverProblems);
                }
                case PersonWorkbook.KEY_NAME -> name = value;
                case PersonWorkbook.KEY_COMMENT -> {
                    comment = value;
                    Text problem = AnswerCells.comment(comment, AnswerLimits.DEFAULTS);
                    if (problem != null) {
                        coverProblems.add(row.number(), 1, "comment", problem);
                    }
                }
                default -> {}
            }
        }
        if (!codeLine) {
            coverProblems.add(0, -1, null, "census.import.vertical.noCode");
        }
        problems.addAll(coverProblems.sorted());
        Map<String, WorkbookMeta.Written> meta = WorkbookMeta.read(grids);
        for (SheetGrid grid : grids) {
            if (grid == cover
                    || grid.name().equals(WorkbookMeta.SHEET)
                    || grid.name().startsWith("_")) {
                continue;
            }
            sheet(grid, meta.containsKey(grid.name()));
        }
        if (!problems.isEmpty()) {
            return new AnswersImport.Rejected(problems);
        }
        Map<String, AnswerValue> ordered = new LinkedHashMap<>();
        themes.forEach(q -> q.questions().forEach(question -> {
            AnswerValue value = answers.get(question.code());
            if (value != null) {
                ordered.put(question.code(), value);
            }
        }));
        List<ImportedResponse> responses = ordered.isEmpty() && comment.isEmpty()
                ? List.of()
                : List.of(new ImportedResponse(code, ordered, comment.isEmpty() ? null : comment));
        return new AnswersImport.Accepted(
                responses, name.isEmpty() ? Map.of() : Map.of(code, name), AnswersImport.Layout.VERTICAL);
    }

    private @Nullable String code(String text, SheetGrid.Row row, ProblemList problems) {
        if (text.isEmpty()) {
            problems.add(row.number(), 1, "code", "census.import.code.empty");
            return null;
        }
        String code = known.get(text.toUpperCase(Locale.ROOT));
        if (code == null && text.matches("\\d{4}")) {
            code = known.get("0" + text);
        }
        if (code == null) {
            problems.add(row.number(), 1, "code", "census.import.code.unknown", text);
        }
        return code;
    }

    /** One theme sheet: its header row names the answer and code columns. */
    private void sheet(SheetGrid grid, boolean themeSheet) {
        ProblemList sheetProblems = new ProblemList(grid.name());
        if (grid.rows().isEmpty()) {
            if (themeSheet) {
                sheetProblems.add(0, -1, null, "census.import.vertical.columns", grid.name());
                problems.addAll(sheetProblems.sorted());
            }
            return;
        }
        SheetGrid.Row header = grid.rows().get(0);
        int answerColumn = -1;
        int codeColumn = -1;
        for (int c = 0; c < header.cells().size(); c++) {
            String h = FrenchLabels.fold(header.cell(c));
            if (h.equals("reponse") || h.equals("answer")) {
                answerColumn = c;
            } else if (h.equals("code")) {
                codeColumn = c;
            }
        }
        if (answerColumn < 0 || codeColumn < 0) {
            if (themeSheet) {
                sheetProblems.add(header.number(), -1, null, "census.import.vertical.columns", grid.name());
                problems.addAll(sheetProblems.sorted());
            }
            // Any other sheet (notes, a chart) is not read.
            return;
        }
        List<SheetGrid.Row> rows = grid.rows().subList(1, grid.rows().size());
        int answerAt = answerColumn;
        boolean answered = rows.stream().anyMatch(r -> !r.cell(answerAt).isBlank());
        Map<Questionnaire, Boolean> seenThemes = new LinkedHashMap<>();
        for (SheetGrid.Row row : rows) {
            String code = row.cell(codeColumn).strip().toLowerCase(Locale.ROOT);
            String cell = row.cell(answerColumn);
            if (code.isEmpty()) {
                if (!cell.isBlank()) {
                    sheetProblems.add(row.number(), codeColumn, "code", "census.import.vertical.noQuestion");
                }
                continue;
            }
            Questionnaire q = themeOf(code);
            if (q == null) {
                sheetProblems.add(row.number(), codeColumn, "code", "census.import.vertical.unknown", code);
                continue;
            }
            seenThemes.put(q, true);
            String first = sheetOfQuestion.putIfAbsent(code, grid.name() + "!" + row.number());
            if (first != null) {
                sheetProblems.add(row.number(), codeColumn, "code", "census.import.vertical.twice", code, first);
                continue;
            }
            if (!answered) {
                continue;
            }
            Question question = q.question(code).orElseThrow();
            AnswerCells.Result result = AnswerCells.parse(
                    FrenchLabels.toCode(q.indicatorOf(question), cell), question, q.indicatorOf(question));
            if (result.problem() != null) {
                sheetProblems.add(row.number(), answerColumn, code, result.problem());
            } else if (result.value() != null) {
                answers.put(code, result.value());
            }
        }
        if (answered) {
            for (Questionnaire q : seenThemes.keySet()) {
                for (Question question : q.questions()) {
                    if (question.required() && !sheetOfQuestion.containsKey(question.code())) {
                        sheetProblems.add(
                                0,
                                -1,
                                null,
                                "census.import.vertical.required",
                                grid.name(),
                                question.code(),
                                Text.bilingual(question.labelFr(), question.labelEn()));
                    }
                }
            }
        }
        problems.addAll(sheetProblems.sorted());
    }

    private @Nullable Questionnaire themeOf(String code) {
        return themes.stream()
                .filter(q -> q.question(code).isPresent())
                .findFirst()
                .orElse(null);
    }
}
