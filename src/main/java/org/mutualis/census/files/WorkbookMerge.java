package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * One response per collectivité out of the rows of all a workbook's sheets, in the order the
 * collectivités first appear, answers in theme then question order. Each sheet has a comment
 * column: different comments are all kept, one per line, the same one once.
 */
final class WorkbookMerge {

    private final List<Questionnaire> themes;
    private final Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
    private final Map<String, List<String>> comments = new LinkedHashMap<>();

    WorkbookMerge(List<Questionnaire> themes) {
        this.themes = themes;
    }

    private final Map<String, String> names = new LinkedHashMap<>();

    void add(List<ImportedResponse> rows, Map<String, String> writtenNames) {
        writtenNames.forEach(names::putIfAbsent);
        add(rows);
    }

    Map<String, String> names() {
        return names;
    }

    void add(List<ImportedResponse> rows) {
        for (ImportedResponse row : rows) {
            answers.computeIfAbsent(row.collectivityCode(), c -> new LinkedHashMap<>())
                    .putAll(row.answers());
            List<String> said = comments.computeIfAbsent(row.collectivityCode(), c -> new ArrayList<>());
            String comment = row.comment();
            if (comment != null && !said.contains(comment)) {
                said.add(comment);
            }
        }
    }

    List<ImportedResponse> responses() {
        List<ImportedResponse> responses = new ArrayList<>();
        answers.forEach((code, given) -> {
            Map<String, AnswerValue> ordered = new LinkedHashMap<>();
            themes.forEach(q -> q.questions().forEach(question -> {
                AnswerValue value = given.get(question.code());
                if (value != null) {
                    ordered.put(question.code(), value);
                }
            }));
            List<String> said = comments.get(code);
            responses.add(new ImportedResponse(code, ordered, said.isEmpty() ? null : String.join("\n", said)));
        });
        return responses;
    }
}
