package org.mutualis.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.domain.FigureTerm;

/**
 * One page of a figure's inputs: a national figure rests on tens of thousands of collectivités,
 * which no page and no single JSON document should list at once. The totals are always given.
 *
 * @param figure the figure's id
 * @param page the page, from 1
 * @param size inputs per page
 * @param pages how many pages (at least 1)
 * @param total how many inputs the figure has in all
 * @param terms this page's inputs, in the figure's order
 */
public record TermsPage(String figure, int page, int size, int pages, int total, List<FigureTerm> terms) {

    /** Inputs per page unless asked otherwise. */
    public static final int SIZE = 50;

    /** The most inputs one page gives. */
    public static final int MAX_SIZE = 1000;

    /** The page asked for, within bounds: before the first is the first, past the last the last. */
    static TermsPage of(String figure, List<FigureTerm> all, int requested, int size) {
        int perPage = Math.min(Math.max(1, size), MAX_SIZE);
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        int page = Math.min(Math.max(1, requested), pages);
        int from = (page - 1) * perPage;
        return new TermsPage(
                figure, page, perPage, pages, all.size(), all.subList(from, Math.min(all.size(), from + perPage)));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** Position of this page's first input, from 1 (0 when there is none). */
    public int first() {
        return terms.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    /** Position of this page's last input. */
    public int last() {
        return terms.isEmpty() ? 0 : first() + terms.size() - 1;
    }

    /** The page after this one, null on the last. */
    public @Nullable Integer next() {
        return hasNext() ? page + 1 : null;
    }
}
