package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.SheetContent;

/** Lays answers out in the answers-file layout, and the questions as a help sheet beside them. */
final class AnswerSheets {

    static final String QUESTIONS = "questions";

    private AnswerSheets() {}

    /**
     * The answers sheet, its rows made as the writer reaches them ({@link SheetContent#streamed}):
     * the responses may be a list read from the database a page at a time, walked once per sheet.
     *
     * @throws IllegalArgumentException as the rows are written, if a response answers a question
     *     the questionnaire lacks
     */
    static SheetContent answers(Questionnaire q, List<ImportedResponse> rows, Map<String, String> namesByCode) {
        List<GridCell> header = new ArrayList<>(List.of(GridCell.text("code"), GridCell.text("name")));
        q.questions().forEach(question -> header.add(GridCell.text(question.code())));
        header.add(GridCell.text("comment"));
        List<GridCell> head = List.copyOf(header);
        return new SheetContent(q.theme(), SheetContent.streamed(rows.size() + 1, () -> new Iterator<List<GridCell>>() {
            private @Nullable Iterator<ImportedResponse> responses;

            @Override
            public boolean hasNext() {
                // The header comes without starting the walk of the responses.
                return responses == null || responses.hasNext();
            }

            @Override
            public List<GridCell> next() {
                if (responses == null) {
                    responses = rows.iterator();
                    return head;
                }
                return line(q, responses.next(), namesByCode);
            }
        }));
    }

    private static List<GridCell> line(Questionnaire q, ImportedResponse response, Map<String, String> namesByCode) {
        response.answers().keySet().stream()
                .filter(code -> q.question(code).isEmpty())
                .findFirst()
                .ifPresent(code -> {
                    throw new IllegalArgumentException("No question " + code + " in " + q.theme() + " v" + q.version());
                });
        List<GridCell> line = new ArrayList<>(q.questions().size() + 3);
        line.add(GridCell.text(response.collectivityCode()));
        line.add(GridCell.text(namesByCode.getOrDefault(response.collectivityCode(), "")));
        q.questions().forEach(question -> line.add(cell(response.answers().get(question.code()))));
        String comment = response.comment();
        line.add(GridCell.text(comment == null ? "" : comment));
        return line;
    }

    private static GridCell cell(@Nullable AnswerValue value) {
        if (value == null) {
            return GridCell.text("");
        }
        return value instanceof AnswerValue.Numeric n ? GridCell.number(n.value()) : GridCell.text(value.display());
    }

    /** What each column means, for the person filling the file in; readers ignore it. */
    static SheetContent questions(Questionnaire q) {
        return new SheetContent(QUESTIONS, questionLines(List.of(q), false));
    }

    /** The same, for a workbook of several themes: a first column says which sheet a line is about. */
    static SheetContent questions(List<Questionnaire> themes) {
        return new SheetContent(QUESTIONS, questionLines(themes, true));
    }

    private static List<List<GridCell>> questionLines(List<Questionnaire> themes, boolean withTheme) {
        List<List<GridCell>> lines = new ArrayList<>();
        @Nullable String all = withTheme ? "toutes" : null;
        lines.add(texts(
                withTheme ? "feuille" : null,
                "colonne",
                "question",
                "aide",
                "réponse attendue",
                "unité",
                "NC accepté",
                "obligatoire"));
        lines.add(texts(all, "code", "Code INSEE de la commune, ou SIREN de l'EPCI", "", "texte", "", "non", "oui"));
        lines.add(texts(
                all, "name", "Nom de la collectivité (pour information, non importé)", "", "texte", "", "", "non"));
        for (Questionnaire q : themes) {
            for (Question question : q.questions()) {
                Indicator indicator = q.indicatorOf(question);
                lines.add(texts(
                        withTheme ? q.theme() : null,
                        question.code(),
                        question.labelFr(),
                        question.helpFr(),
                        expected(indicator),
                        indicator.unit(),
                        question.allowsNc() ? "oui" : "non",
                        question.required() ? "oui" : "non"));
            }
        }
        lines.add(texts(all, "comment", "Commentaire libre", "", "texte", "", "", "non"));
        return lines;
    }

    private static String expected(Indicator indicator) {
        return switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK -> "nombre entier";
            case AMOUNT, MEAN_VALUE -> "nombre";
            case YES_NO -> "oui ou non";
            case CHOICE -> "une valeur parmi : " + String.join(", ", indicator.choices());
            case TEXT -> "texte";
            // DATE, stored as ISO text; a default keeps this compiling whatever the catalogue adds.
            default -> "date au format AAAA-MM-JJ";
        };
    }

    /** The cells of a line; a null value is a column the layout does not have. */
    private static List<GridCell> texts(@Nullable String... values) {
        return Arrays.stream(values)
                .filter(Objects::nonNull)
                .map(GridCell::text)
                .toList();
    }
}
