package org.mutualis.servicedesk;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.domain.kb.FrenchAnalyzer;
import org.mutualis.servicedesk.domain.kb.SafeMarkdown;
import org.mutualis.servicedesk.persistence.ArticleStore;
import org.mutualis.servicedesk.persistence.ArticleStore.ArticleRow;
import org.mutualis.servicedesk.persistence.ArticleStore.Filter;
import org.mutualis.servicedesk.persistence.ArticleStore.SummaryRow;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base of each service centre: articles in Markdown shown as safe HTML, searched in
 * French whatever the accents and plurals, suggested while a correspondent types a ticket's title.
 *
 * <p>Who may: the centre's agents (the administrator, its technicians) write and read every
 * article; a correspondent of the centre's territory, the EPCI's staff and elected officials read
 * the articles visible to correspondents; anyone else is told the article does not exist (404).
 * Writing an article one may read but not write is refused (403).
 *
 * <p>For the tickets: {@link #find(Collection, CurrentUser)} and {@link #require(long,
 * CurrentUser)} give the linked articles the reader may see.
 */
@Service
@Transactional(readOnly = true)
public class Knowledge {

    /** The longest Markdown text of an article. */
    public static final int MAX_BODY = 50_000;

    public static final int PAGE_SIZE = 20;
    public static final int SUGGESTIONS = 5;

    /** A query's words beyond this many are ignored; its characters beyond {@link #MAX_QUERY} too. */
    static final int MAX_QUERY_TERMS = 10;

    static final int MAX_QUERY = 200;

    private static final int MAX_PAGE = 10_000;
    private static final int TITLE_WEIGHT = 5;
    private static final int WEIGHT_CAP = 20;
    private static final int EXCERPT = 280;

    private final ArticleStore store;
    private final ServiceCentres centres;
    private final TerritoryScope scope;
    private final FormChecks checks;
    private final Clock clock;

    Knowledge(ArticleStore store, ServiceCentres centres, TerritoryScope scope, FormChecks checks, Clock clock) {
        this.store = store;
        this.centres = centres;
        this.scope = scope;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * A page of the articles of the reader's centre (see {@link ServiceCentres#forUser}) they may
     * see, filtered by category; with words, the best matches first (accents, case and plurals
     * ignored), else the last updated first.
     */
    @Transactional
    public ArticleList list(
            @Nullable Long territory, @Nullable String query, @Nullable Long categoryId, int page, CurrentUser reader) {
        CentreView centre = centres.forUser(territory, reader);
        boolean agent = centres.isAgent(reader, centre.id());
        Filter filter = new Filter(centre.id(), !agent, categoryId);
        int p = Math.min(Math.max(page, 1), MAX_PAGE);
        int offset = (p - 1) * PAGE_SIZE;
        String q = query == null ? null : cut(query).strip();
        ArticleStore.Page found = q == null || q.isEmpty()
                ? store.list(filter, offset, PAGE_SIZE)
                : store.search(filter, FrenchAnalyzer.queryTerms(q, MAX_QUERY_TERMS), offset, PAGE_SIZE);
        return new ArticleList(
                centre.id(),
                centre.territoryId(),
                centre.name(),
                q == null || q.isEmpty() ? null : q,
                categoryId,
                p,
                PAGE_SIZE,
                found.total(),
                found.rows().stream().map(Knowledge::summary).toList(),
                agent);
    }

    /** Up to five articles the reader may see that match what they typed (a ticket's title). */
    @Transactional
    public List<ArticleSummary> suggest(@Nullable Long territory, @Nullable String typed, CurrentUser reader) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        CentreView centre = centres.forUser(territory, reader);
        Filter filter = new Filter(centre.id(), !centres.isAgent(reader, centre.id()), null);
        return store
                .search(filter, FrenchAnalyzer.queryTerms(cut(typed), MAX_QUERY_TERMS), 0, SUGGESTIONS)
                .rows()
                .stream()
                .map(Knowledge::summary)
                .toList();
    }

    /** The article as its page shows it; one more view counted. @throws NotFoundException when the reader may not see it */
    @Transactional
    public ArticleView read(long articleId, CurrentUser reader) {
        ArticleRow row = readable(articleId, reader);
        store.viewed(articleId);
        return view(store.find(articleId).orElse(row), reader);
    }

    /** The article, no view counted (the API). @throws NotFoundException when the reader may not see it */
    public ArticleView view(long articleId, CurrentUser reader) {
        return view(readable(articleId, reader), reader);
    }

    /**
     * The article to edit or delete.
     *
     * @throws NotFoundException when the reader may not see it
     * @throws ForbiddenException when they may see it but are not one of the centre's agents
     */
    public ArticleView editable(long articleId, CurrentUser user) {
        return view(writable(articleId, user), user);
    }

    /** The summaries of these articles the reader may see (the others are left out), by title. */
    public List<ArticleSummary> find(Collection<Long> ids, CurrentUser reader) {
        Map<Long, CentreView> centresById = new HashMap<>();
        return store.summaries(ids).stream()
                .filter(r -> mayRead(r.centreId(), r.visibility(), reader, centresById))
                .map(Knowledge::summary)
                .toList();
    }

    /** @throws NotFoundException when there is no such article or the reader may not see it */
    public ArticleSummary require(long articleId, CurrentUser reader) {
        return find(List.of(articleId), reader).stream().findFirst().orElseThrow(() -> notFound(articleId));
    }

    /** The categories an article of the reader's centre may take. */
    public List<ServiceCentres.CategoryView> categories(@Nullable Long territory, CurrentUser user) {
        return centres.categories(centres.forUser(territory, user).id());
    }

    /** The categories of the article's centre. */
    public List<ServiceCentres.CategoryView> categoriesOf(ArticleView article) {
        return centres.categories(article.centreId());
    }

    /** Whether this person writes the articles of their centre. */
    public boolean mayWrite(@Nullable Long territory, CurrentUser user) {
        return centres.isAgent(user, centres.forUser(territory, user).id());
    }

    /** @throws ForbiddenException when this person does not write the articles of their centre */
    public CentreView requireWriter(@Nullable Long territory, CurrentUser user) {
        CentreView centre = centres.forUser(territory, user);
        centres.requireAgent(user, centre.id());
        return centre;
    }

    /**
     * A new article of the writer's centre.
     *
     * @throws ForbiddenException when the writer is not one of its agents
     * @throws RejectedException (422) with every problem of the form, or a category of another centre
     */
    @Transactional
    public ArticleView create(@Nullable Long territory, ArticleForm form, CurrentUser writer) {
        CentreView centre = requireWriter(territory, writer);
        check(centre.id(), form);
        LocalDateTime now = LocalDateTime.now(clock);
        String body = form.body().strip();
        long id = store.insert(
                centre.id(),
                form.categoryId(),
                form.title().strip(),
                body,
                SafeMarkdown.excerpt(body, EXCERPT),
                form.visibility().name(),
                writer.id(),
                writer.displayName(),
                now);
        store.index(id, FrenchAnalyzer.weights(form.title(), body, TITLE_WEIGHT, WEIGHT_CAP));
        return view(store.find(id).orElseThrow(), writer);
    }

    /**
     * @throws NotFoundException when the writer may not see it
     * @throws ForbiddenException when they may see it but not write it
     * @throws RejectedException (422) with every problem of the form
     * @throws ConflictException (409) when someone changed it since {@code version}: nothing overwritten
     */
    @Transactional
    public ArticleView update(long articleId, ArticleForm form, int version, CurrentUser writer) {
        ArticleRow row = writable(articleId, writer);
        check(row.centreId(), form);
        String body = form.body().strip();
        if (!store.update(
                articleId,
                form.categoryId(),
                form.title().strip(),
                body,
                SafeMarkdown.excerpt(body, EXCERPT),
                form.visibility().name(),
                LocalDateTime.now(clock),
                version)) {
            throw new ConflictException("servicedesk.kb.stale");
        }
        store.index(articleId, FrenchAnalyzer.weights(form.title(), body, TITLE_WEIGHT, WEIGHT_CAP));
        return view(store.find(articleId).orElseThrow(), writer);
    }

    /** @throws NotFoundException, ForbiddenException as {@link #update} */
    @Transactional
    public void delete(long articleId, CurrentUser writer) {
        writable(articleId, writer);
        store.delete(articleId);
    }

    /**
     * « Cet article a résolu mon problème », once per account: a second time changes nothing. Out of
     * any transaction: two clicks at once count once, the second insert refused alone.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ArticleSolved solved(long articleId, CurrentUser reader) {
        readable(articleId, reader);
        store.solved(articleId, reader.id(), LocalDateTime.now(clock));
        return new ArticleSolved(articleId, store.solvedCount(articleId), true);
    }

    public ArticleSolved solvedCount(long articleId, CurrentUser reader) {
        readable(articleId, reader);
        return new ArticleSolved(articleId, store.solvedCount(articleId), store.hasSolved(articleId, reader.id()));
    }

    /** Markdown as the article page would show it, for the editor's preview. */
    public String preview(@Nullable String markdown) {
        if (markdown == null) {
            return "";
        }
        return SafeMarkdown.html(markdown.length() > MAX_BODY ? markdown.substring(0, MAX_BODY) : markdown);
    }

    private void check(long centreId, ArticleForm form) {
        checks.check(form);
        if (form.categoryId() != null
                && centres.categories(centreId).stream().noneMatch(c -> c.id() == form.categoryId() && c.active())) {
            throw new RejectedException(
                    List.of(Problem.of("categoryId", "servicedesk.kb.category.unknown")), "servicedesk.kb.refused");
        }
    }

    private ArticleRow readable(long articleId, CurrentUser reader) {
        ArticleRow row = store.find(articleId).orElseThrow(() -> notFound(articleId));
        if (!mayRead(row.centreId(), row.visibility(), reader, new HashMap<>())) {
            throw notFound(articleId);
        }
        return row;
    }

    private ArticleRow writable(long articleId, CurrentUser user) {
        ArticleRow row = readable(articleId, user);
        centres.requireAgent(user, row.centreId());
        return row;
    }

    /**
     * The centre's agents read all; articles for agents only, nobody else; the others: correspondents
     * of the centre's territory, the EPCI's staff and elected officials; not a technician of another
     * centre.
     */
    private boolean mayRead(long centreId, String visibility, CurrentUser reader, Map<Long, CentreView> cache) {
        if (centres.isAgent(reader, centreId)) {
            return true;
        }
        if (!ArticleVisibility.CORRESPONDENTS.name().equals(visibility) || reader.isTechnician()) {
            return false;
        }
        if (reader.isCorrespondent()) {
            long territory = cache.computeIfAbsent(centreId, centres::find).territoryId();
            return scope.readable(territory, reader);
        }
        return true;
    }

    private ArticleView view(ArticleRow row, CurrentUser reader) {
        return new ArticleView(
                row.id(),
                row.centreId(),
                row.title(),
                row.body(),
                SafeMarkdown.html(row.body()),
                row.categoryId(),
                row.categoryLabel(),
                ArticleVisibility.valueOf(row.visibility()),
                row.authorName(),
                row.createdAt(),
                row.updatedAt(),
                row.views(),
                row.solvedCount(),
                store.hasSolved(row.id(), reader.id()),
                centres.isAgent(reader, row.centreId()),
                row.version());
    }

    private static ArticleSummary summary(SummaryRow row) {
        return new ArticleSummary(
                row.id(),
                row.centreId(),
                row.title(),
                row.excerpt(),
                row.categoryId(),
                row.categoryLabel(),
                ArticleVisibility.valueOf(row.visibility()),
                row.updatedAt(),
                row.views(),
                row.solvedCount());
    }

    private static String cut(String text) {
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }

    private static NotFoundException notFound(long articleId) {
        return new NotFoundException("servicedesk.kb.notfound", String.valueOf(articleId));
    }
}
