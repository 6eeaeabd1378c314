package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.AnswerValue;

/** An export's rows: every response once, in order, their answers read one page at a time. */
class AnswerRowsTests {

    /** The pages the database was asked for, each the response ids of one query. */
    private final List<List<Long>> queries = new ArrayList<>();

    private Map<Long, Map<String, AnswerValue>> answers(Collection<Long> ids) {
        queries.add(List.copyOf(ids));
        Map<Long, Map<String, AnswerValue>> page = new LinkedHashMap<>();
        for (long id : ids) {
            if (id != 13) { // a given response whose answers were all cleared
                page.put(id, Map.of("q1", new AnswerValue.Numeric(BigDecimal.valueOf(id))));
            }
        }
        return page;
    }

    private AnswerRows rows(int count, int pageSize) {
        List<AnswerRows.Given> given = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String code = "29" + (100 + i);
            given.add(new AnswerRows.Given(10 + i, code, i == 0 ? "premier" : null));
            names.put(code, "Commune " + i);
        }
        return new AnswerRows(given, names, pageSize, this::answers);
    }

    @Test
    void everyResponseComesOnceInOrderWithItsOwnAnswers() {
        List<ImportedResponse> walked = new ArrayList<>(rows(7, 3).rows());

        assertThat(walked)
                .extracting(ImportedResponse::collectivityCode)
                .containsExactly("29100", "29101", "29102", "29103", "29104", "29105", "29106");
        assertThat(walked.get(0).comment()).isEqualTo("premier");
        assertThat(walked.get(2).answers()).containsEntry("q1", new AnswerValue.Numeric(BigDecimal.valueOf(12)));
        assertThat(walked.get(3).answers()).isEmpty();
    }

    @Test
    void theAnswersAreReadAPageAtATimeNotAllAtOnce() {
        List<ImportedResponse> rows = rows(7, 3).rows();

        assertThat(rows).hasSize(7);
        assertThat(queries).as("nothing is read before the walk").isEmpty();
        rows.forEach(row -> {});
        assertThat(queries).containsExactly(List.of(10L, 11L, 12L), List.of(13L, 14L, 15L), List.of(16L));
    }

    @Test
    void eachWalkReadsAgainSoThatEverySheetOfAWorkbookHasEveryRow() {
        List<ImportedResponse> rows = rows(4, 10).rows();

        rows.forEach(row -> {});
        rows.forEach(row -> {});

        assertThat(queries).containsExactly(List.of(10L, 11L, 12L, 13L), List.of(10L, 11L, 12L, 13L));
    }

    @Test
    void noResponseReadsNothing() {
        assertThat(rows(0, 3).rows()).isEmpty();
        assertThat(queries).isEmpty();
    }
}
