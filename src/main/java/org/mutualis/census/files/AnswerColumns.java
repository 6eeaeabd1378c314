package org.mutualis.census.files;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.SheetGrid;

/**
 * What each column of an answers file holds, read from its header row: {@code code}, the
 * informational {@code name}/{@code nom}, {@code comment}/{@code commentaire}, or a question.
 */
final class AnswerColumns {

    int code = -1;
    int comment = -1;
    int name = -1;
    final Map<Integer, Question> questions = new LinkedHashMap<>();

    private AnswerColumns() {}

    static AnswerColumns read(SheetGrid grid, Questionnaire q, ProblemList problems) {
        return read(grid, q, problems, Set.of());
    }

    /**
     * @param notAsked questions the sheet's own questionnaire version did not ask (a workbook of an
     *     older version): their columns cannot be there, required or not
     */
    static AnswerColumns read(SheetGrid grid, Questionnaire q, ProblemList problems, Set<String> notAsked) {
        AnswerColumns columns = new AnswerColumns();
        SheetGrid.Row header = grid.rows().get(0);
        Map<String, Integer> seen = new HashMap<>();
        int width = grid.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int c = 0; c < width; c++) {
            String raw = header.cell(c).replace("\uFEFF", "").strip();
            String name = raw.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                if (hasData(grid, c)) {
                    problems.add(header.number(), c, null, "census.import.column.noHeader");
                }
                continue;
            }
            String role = switch (name) {
                case "name", "nom" -> "name";
                case "comment", "commentaire" -> "comment";
                default -> name;
            };
            Integer first = seen.putIfAbsent(role, c);
            if (first != null) {
                problems.add(header.number(), c, raw, "census.import.column.twice", raw, SheetGrid.columnLetter(first));
                continue;
            }
            switch (role) {
                case "code" -> columns.code = c;
                case "comment" -> columns.comment = c;
                case "name" -> columns.name = c;
                default -> {
                    var question = q.question(name);
                    if (question.isPresent()) {
                        columns.questions.put(c, question.get());
                    } else {
                        problems.add(header.number(), c, raw, unknown(raw, name, q));
                    }
                }
            }
        }
        if (columns.code < 0) {
            problems.add(header.number(), -1, null, "census.import.column.noCode");
        }
        for (Question question : q.questions()) {
            if (question.required()
                    && !notAsked.contains(question.code())
                    && !columns.questions.containsValue(question)) {
                problems.add(
                        header.number(),
                        -1,
                        null,
                        "census.import.column.required",
                        question.code(),
                        Text.bilingual(question.labelFr(), question.labelEn()));
            }
        }
        return columns;
    }

    private static Text unknown(String raw, String name, Questionnaire q) {
        boolean elsewhere =
                Catalogue.indicators().stream().anyMatch(i -> i.code().equals(name));
        if (elsewhere) {
            return Text.of(
                    "census.import.column.otherTheme",
                    raw,
                    Text.bilingual(q.titleFr(), q.titleEn()),
                    String.valueOf(q.version()));
        }
        List<String> codes = q.questions().stream().map(Question::code).toList();
        return Text.of("census.import.column.unknown", raw, String.join(", ", codes));
    }

    private static boolean hasData(SheetGrid grid, int column) {
        return grid.rows().stream().skip(1).anyMatch(r -> !r.cell(column).isBlank());
    }
}
