package org.mutualis.census;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * The responses of an export, their answers read a page at a time as the rows are walked: the
 * list keeps who answered (a few bytes a response), and each walk reads the answers again, one page
 * in memory at once. {@link #names} gives each code's name.
 */
final class AnswerRows {

    /** A given response: its id, its collectivité's code, its comment. */
    record Given(long responseId, String code, @Nullable String comment) {}

    private final List<Given> given;
    private final Map<String, String> names;
    private final int pageSize;
    private final Function<Collection<Long>, Map<Long, Map<String, AnswerValue>>> answers;

    AnswerRows(
            List<Given> given,
            Map<String, String> names,
            int pageSize,
            Function<Collection<Long>, Map<Long, Map<String, AnswerValue>>> answers) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("A page holds at least one response");
        }
        this.given = List.copyOf(given);
        this.names = Map.copyOf(names);
        this.pageSize = pageSize;
        this.answers = answers;
    }

    Map<String, String> names() {
        return names;
    }

    /** The rows as a list the writers walk; each walk reads the answers again, page by page. */
    List<ImportedResponse> rows() {
        return new AbstractList<>() {
            @Override
            public ImportedResponse get(int index) {
                Given g = given.get(index);
                return row(g, answers.apply(List.of(g.responseId())));
            }

            @Override
            public Iterator<ImportedResponse> iterator() {
                return new Pages();
            }

            @Override
            public int size() {
                return given.size();
            }
        };
    }

    private static ImportedResponse row(Given g, Map<Long, Map<String, AnswerValue>> page) {
        return new ImportedResponse(g.code(), page.getOrDefault(g.responseId(), Map.of()), g.comment());
    }

    /** A walk of the rows: the next page's answers are read when the last one is used up. */
    private final class Pages implements Iterator<ImportedResponse> {

        private int next;
        private Map<Long, Map<String, AnswerValue>> page = Map.of();

        @Override
        public boolean hasNext() {
            return next < given.size();
        }

        @Override
        public ImportedResponse next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next % pageSize == 0) {
                List<Long> ids = given.subList(next, Math.min(given.size(), next + pageSize)).stream()
                        .map(Given::responseId)
                        .toList();
                page = answers.apply(ids);
            }
            return row(given.get(next++), page);
        }
    }
}
