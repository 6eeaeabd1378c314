package org.mutualis.servicedesk.persistence;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The knowledge base's articles, their search terms and who found them useful. The search is one
 * plain query on {@code kb_term} (the terms the Java analyser gave), the same on H2 and PostgreSQL.
 */
@Repository
public class ArticleStore {

    public record ArticleRow(
            long id,
            long centreId,
            @Nullable Long categoryId,
            @Nullable String categoryLabel,
            String title,
            String body,
            String excerpt,
            String visibility,
            long authorId,
            String authorName,
            LocalDateTime createdAt,
            LocalDateTime updatedAt,
            long views,
            long solvedCount,
            int version) {}

    /** What a list shows: everything but the body. */
    public record SummaryRow(
            long id,
            long centreId,
            @Nullable Long categoryId,
            @Nullable String categoryLabel,
            String title,
            String excerpt,
            String visibility,
            LocalDateTime updatedAt,
            long views,
            long solvedCount) {}

    /** Which articles a list may show: one centre, all or only those correspondents read, one category or all. */
    public record Filter(
            long centreId,
            boolean correspondentsOnly,
            @Nullable Long categoryId) {}

    public record Page(List<SummaryRow> rows, long total) {}

    private static final String SOLVED = "(select count(*) from kb_solved s where s.article_id = a.id)";

    private static final String ARTICLE = "select a.id, a.centre_id, a.category_id, c.label as category_label, a.title,"
            + " a.body, a.excerpt, a.visibility, a.author_id, a.author_name, a.created_at, a.updated_at, a.views, "
            + SOLVED + " as solved_count, a.version from kb_article a"
            + " left join desk_category c on c.id = a.category_id";

    private static final String SUMMARY = "select a.id, a.centre_id, a.category_id, c.label as category_label, a.title,"
            + " a.excerpt, a.visibility, a.updated_at, a.views, " + SOLVED + " as solved_count from kb_article a"
            + " left join desk_category c on c.id = a.category_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ArticleStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public Optional<ArticleRow> find(long id) {
        return jdbc.sql(ARTICLE + " where a.id = :id")
                .param("id", id)
                .query(RecordRows.of(ArticleRow.class))
                .optional();
    }

    public List<SummaryRow> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUMMARY + " where a.id in (:ids) order by a.title, a.id")
                .param("ids", List.copyOf(ids))
                .query(RecordRows.of(SummaryRow.class))
                .list();
    }

    /** The filter's articles, the last updated first. */
    public Page list(Filter filter, int offset, int limit) {
        String where = where(filter);
        List<SummaryRow> rows = params(
                        jdbc.sql(SUMMARY + where + " order by a.updated_at desc, a.id desc"
                                + " offset :offset rows fetch next :limit rows only"),
                        filter)
                .param("offset", offset)
                .param("limit", limit)
                .query(RecordRows.of(SummaryRow.class))
                .list();
        long total = params(jdbc.sql("select count(*) from kb_article a" + where), filter)
                .query(Long.class)
                .single();
        return new Page(rows, total);
    }

    /**
     * The filter's articles that hold at least one of the terms: those holding the most of them
     * first, then by the summed weight of the terms they hold, then the last updated.
     */
    public Page search(Filter filter, List<String> terms, int offset, int limit) {
        if (terms.isEmpty()) {
            return new Page(List.of(), 0);
        }
        String where = where(filter) + " and t.term in (:terms)";
        List<Long> ids = params(
                        jdbc.sql("select a.id from kb_term t join kb_article a on a.id = t.article_id" + where
                                + " group by a.id, a.updated_at"
                                + " order by count(*) desc, sum(t.weight) desc, a.updated_at desc, a.id desc"
                                + " offset :offset rows fetch next :limit rows only"),
                        filter)
                .param("terms", terms)
                .param("offset", offset)
                .param("limit", limit)
                .query(Long.class)
                .list();
        long total = params(
                        jdbc.sql("select count(distinct a.id) from kb_term t join kb_article a on a.id = t.article_id"
                                + where),
                        filter)
                .param("terms", terms)
                .query(Long.class)
                .single();
        Map<Long, SummaryRow> byId = new java.util.HashMap<>();
        summaries(ids).forEach(r -> byId.put(r.id(), r));
        List<SummaryRow> rows = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(rows::add));
        return new Page(rows, total);
    }

    private static String where(Filter filter) {
        return " where a.centre_id = :centre"
                + (filter.correspondentsOnly() ? " and a.visibility = 'CORRESPONDENTS'" : "")
                + (filter.categoryId() != null ? " and a.category_id = :category" : "");
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Filter filter) {
        spec = spec.param("centre", filter.centreId());
        if (filter.categoryId() != null) {
            spec = spec.param("category", filter.categoryId());
        }
        return spec;
    }

    public long insert(
            long centreId,
            @Nullable Long categoryId,
            String title,
            String body,
            String excerpt,
            String visibility,
            long authorId,
            String authorName,
            LocalDateTime at) {
        return Columns.of()
                .set("centre_id", centreId)
                .set("category_id", categoryId)
                .set("title", title)
                .set("body", body)
                .set("excerpt", excerpt)
                .set("visibility", visibility)
                .set("author_id", authorId)
                .set("author_name", authorName)
                .set("created_at", at)
                .set("updated_at", at)
                .insert(jdbc, "kb_article");
    }

    /** @return false when the version is stale (nothing written) */
    public boolean update(
            long id,
            @Nullable Long categoryId,
            String title,
            String body,
            String excerpt,
            String visibility,
            LocalDateTime at,
            int version) {
        return jdbc.sql("update kb_article set category_id = :category, title = :title, body = :body,"
                                + " excerpt = :excerpt, visibility = :visibility, updated_at = :at,"
                                + " version = version + 1 where id = :id and version = :version")
                        .param("category", categoryId)
                        .param("title", title)
                        .param("body", body)
                        .param("excerpt", excerpt)
                        .param("visibility", visibility)
                        .param("at", at)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void delete(long id) {
        jdbc.sql("delete from kb_article where id = :id").param("id", id).update();
    }

    /** The article's search terms replaced by these, with their weights. */
    public void index(long articleId, Map<String, Integer> weights) {
        jdbc.sql("delete from kb_term where article_id = :id")
                .param("id", articleId)
                .update();
        if (weights.isEmpty()) {
            return;
        }
        // One batch: a long article has thousands of distinct terms.
        batches.batchUpdate(
                "insert into kb_term (article_id, term, weight) values (?, ?, ?)",
                List.copyOf(weights.entrySet()),
                500,
                (ps, e) -> {
                    ps.setLong(1, articleId);
                    ps.setString(2, e.getKey());
                    ps.setInt(3, e.getValue());
                });
    }

    public void viewed(long articleId) {
        jdbc.sql("update kb_article set views = views + 1 where id = :id")
                .param("id", articleId)
                .update();
    }

    /** @return whether this account had not said so yet */
    public boolean solved(long articleId, long accountId, LocalDateTime at) {
        if (hasSolved(articleId, accountId)) {
            return false;
        }
        try {
            jdbc.sql("insert into kb_solved (article_id, account_id, solved_at) values (:article, :account, :at)")
                    .param("article", articleId)
                    .param("account", accountId)
                    .param("at", at)
                    .update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // The same person's second click, at the same moment: counted once.
            return false;
        }
    }

    public boolean hasSolved(long articleId, long accountId) {
        return jdbc.sql("select count(*) from kb_solved where article_id = :article and account_id = :account")
                        .param("article", articleId)
                        .param("account", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long solvedCount(long articleId) {
        return jdbc.sql("select count(*) from kb_solved where article_id = :article")
                .param("article", articleId)
                .query(Long.class)
                .single();
    }
}
