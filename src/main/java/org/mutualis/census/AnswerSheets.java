package org.mutualis.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.spreadsheet.GridCell;
import org.mutualis.census.spreadsheet.SheetContent;
import org.mutualis.shared.AnswerValue;

/** Lays answers out in the answers-file layout, and the questions as a help sheet beside them. */
final class AnswerSheets {

    private AnswerSheets() {}

    static SheetContent answers(Questionnaire q, List<ImportedResponse> rows, Map<String, String> namesByCode) {
        List<List<GridCell>> lines = new ArrayList<>();
        List<GridCell> header = new ArrayList<>(List.of(GridCell.text("code"), GridCell.text("name")));
        q.questions().forEach(question -> header.add(GridCell.text(question.code())));
        header.add(GridCell.text("comment"));
        lines.add(header);
        for (ImportedResponse response : rows) {
            response.answers().keySet().stream()
                    .filter(code -> q.question(code).isEmpty())
                    .findFirst()
                    .ifPresent(code -> {
                        throw new IllegalArgumentException(
                                "No question " + code + " in " + q.theme() + " v" + q.version());
                    });
            List<GridCell> line = new ArrayList<>();
            line.add(GridCell.text(response.collectivityCode()));
            line.add(GridCell.text(namesByCode.getOrDefault(response.collectivityCode(), "")));
            q.questions().forEach(question -> line.add(cell(response.answers().get(question.code()))));
            String comment = response.comment();
            line.add(GridCell.text(comment == null ? "" : comment));
            lines.add(line);
        }
        return new SheetContent(q.theme(), lines);
    }

    private static GridCell cell(@Nullable AnswerValue value) {
        if (value == null) {
            return GridCell.text("");
        }
        return value instanceof AnswerValue.Numeric n ? GridCell.number(n.value()) : GridCell.text(value.display());
    }

    /** What each column means, for the person filling the file in; readers ignore it. */
    static SheetContent questions(Questionnaire q) {
        List<List<GridCell>> lines = new ArrayList<>();
        lines.add(texts("colonne", "question", "aide", "réponse attendue", "unité", "NC accepté", "obligatoire"));
        lines.add(texts("code", "Code INSEE de la commune, ou SIREN de l'EPCI", "", "texte", "", "non", "oui"));
        lines.add(texts("name", "Nom de la collectivité (pour information, non importé)", "", "texte", "", "", "non"));
        for (Question question : q.questions()) {
            Indicator indicator = q.indicatorOf(question);
            lines.add(texts(
                    question.code(),
                    question.labelFr(),
                    question.helpFr(),
                    expected(indicator),
                    indicator.unit(),
                    question.allowsNc() ? "oui" : "non",
                    question.required() ? "oui" : "non"));
        }
        lines.add(texts("comment", "Commentaire libre", "", "texte", "", "", "non"));
        return new SheetContent("questions", lines);
    }

    private static String expected(Indicator indicator) {
        return switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK -> "nombre entier";
            case AMOUNT, MEAN_VALUE -> "nombre";
            case YES_NO -> "oui ou non";
            case CHOICE -> "une valeur parmi : " + String.join(", ", indicator.choices());
            case TEXT -> "texte";
            case DATE -> "date (jj/mm/aaaa ou aaaa-mm-jj)";
        };
    }

    private static List<GridCell> texts(String... values) {
        return java.util.Arrays.stream(values).map(GridCell::text).toList();
    }
}
