package org.mutualis.analysis;

import java.util.List;
import org.mutualis.analysis.domain.FigureNote;

/**
 * One page of a figure's notes: a national figure may leave out thousands of collectivités (NC,
 * unanswered), one note each, which no single JSON document should list at once. Paged as {@link
 * TermsPage} pages the inputs; the totals are always given.
 *
 * @param figure the figure's id
 * @param page the page, from 1
 * @param size notes per page
 * @param pages how many pages (at least 1)
 * @param total how many notes the figure has in all
 * @param notes this page's notes, in the figure's order
 */
public record NotesPage(String figure, int page, int size, int pages, int total, List<FigureNote> notes) {

    /** The page asked for, within bounds: before the first is the first, past the last the last. */
    static NotesPage of(String figure, List<FigureNote> all, int requested, int size) {
        int perPage = Math.min(Math.max(1, size), TermsPage.MAX_SIZE);
        int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
        int page = Math.min(Math.max(1, requested), pages);
        int from = (page - 1) * perPage;
        return new NotesPage(
                figure, page, perPage, pages, all.size(), all.subList(from, Math.min(all.size(), from + perPage)));
    }
}
