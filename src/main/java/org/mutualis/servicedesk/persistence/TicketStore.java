package org.mutualis.servicedesk.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mutualis.servicedesk.AttachmentView;
import org.mutualis.servicedesk.FollowUpView;
import org.mutualis.servicedesk.SavedView;
import org.mutualis.servicedesk.TicketChange;
import org.mutualis.servicedesk.TicketFilter;
import org.mutualis.servicedesk.TicketPage;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.domain.kb.FrenchAnalyzer;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tickets, their follow-ups, attachments, history and the agents' saved views. */
@Repository
public class TicketStore {

    /** A ticket's number, opening time and the minutes its follow-ups record. */
    public record WorkRow(long ticketId, java.time.LocalDateTime openedAt, long minutes) {}

    /**
     * The tickets of one collectivité in one category opened from {@code from} (included) to {@code to} (excluded), oldest first, each with
     * the minutes of all its follow-ups.
     */
    public List<WorkRow> work(
            long centreId,
            long collectivityId,
            long categoryId,
            java.time.LocalDateTime from,
            java.time.LocalDateTime to) {
        return jdbc.sql("select t.id as ticket_id, t.opened_at,"
                        + " (select coalesce(sum(f.minutes), 0) from desk_followup f where f.ticket_id = t.id) as minutes"
                        + " from desk_ticket t where t.centre_id = :centre and t.collectivity_id = :collectivity"
                        + " and t.category_id = :category and t.opened_at >= :from and t.opened_at < :to"
                        + " order by t.opened_at, t.id")
                .param("centre", centreId)
                .param("collectivity", collectivityId)
                .param("category", categoryId)
                .param("from", from)
                .param("to", to)
                .query(RecordRows.of(WorkRow.class))
                .list();
    }

    /** An attachment's stored form: its bytes, or the name of its file in the directory. */
    public record StoredAttachment(
            long id,
            long ticketId,
            String filename,
            String mediaType,
            boolean privateNote,
            byte @Nullable [] content,
            @Nullable String storedName) {}

    /** An account's name and username (which is its e-mail when it looks like one). */
    public record AccountRow(long id, String username, String displayName, String role, boolean enabled) {}

    private static final String TICKET = "select t.id, t.centre_id, t.collectivity_id, c.name as collectivity_name,"
            + " t.requester_account_id, t.requester_name, t.requester_email, t.requester_phone, t.channel,"
            + " t.category_id, k.label as category_label, t.title, t.description, t.impact, t.urgency,"
            + " t.priority, t.priority_reason, t.status, t.assignee_id, a.display_name as assignee_name,"
            + " t.opened_at, t.updated_at, t.solved_at, t.take_charge_due, t.resolve_due, t.sla_paused,"
            + " t.satisfaction, t.satisfaction_comment,"
            + " (select coalesce(sum(f.minutes), 0) from desk_followup f where f.ticket_id = t.id) as minutes_spent,"
            + " t.version from desk_ticket t"
            + " join collectivity c on c.id = t.collectivity_id"
            + " left join desk_category k on k.id = t.category_id"
            + " left join app_user a on a.id = t.assignee_id";

    /** The largest count the lists give exactly; beyond it they say « more than ». */
    public static final int COUNT_CAP = TicketPage.COUNTED;

    /** At most this many words of a search are looked up. */
    static final int MAX_WORDS = 5;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    TicketStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public static @Nullable Timestamp at(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A new ticket, its title and description indexed for the word search. */
    public long insert(Columns columns, String title, String description) {
        long id = columns.set("version", 0).set("terms_indexed", true).insert(jdbc, "desk_ticket");
        indexTerms(id, title + "\n" + description, true);
        return id;
    }

    /**
     * Adds the words of a ticket's text (its title and description, a follow-up: public; a private
     * note: not) to its search terms.
     */
    public void indexTerms(long ticketId, String text, boolean publicText) {
        Set<String> terms = new LinkedHashSet<>(FrenchAnalyzer.terms(text));
        if (terms.isEmpty()) {
            return;
        }
        terms.removeAll(
                jdbc.sql("select term from desk_ticket_term where ticket_id = :ticket and public_text = :public")
                        .param("ticket", ticketId)
                        .param("public", publicText)
                        .query(String.class)
                        .list());
        batches.batchUpdate(
                "insert into desk_ticket_term (ticket_id, term, public_text) values (?, ?, ?)",
                List.copyOf(terms),
                500,
                (ps, term) -> {
                    ps.setLong(1, ticketId);
                    ps.setString(2, term);
                    ps.setBoolean(3, publicText);
                });
    }

    /** Up to {@code limit} tickets not indexed yet (written before the index, or by hand), by id. */
    public List<Long> unindexed(int limit) {
        return jdbc.sql("select id from desk_ticket where terms_indexed = false order by id"
                        + " offset 0 rows fetch next :limit rows only")
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Indexes these tickets' texts and follow-ups in a few statements, and marks them indexed. */
    public void indexExisting(List<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> open = new TreeMap<>();
        Map<Long, Set<String>> hidden = new TreeMap<>();
        jdbc.sql("select id, title, description from desk_ticket where id in (:ids)")
                .param("ids", ticketIds)
                .query((rs, n) -> {
                    open.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .addAll(FrenchAnalyzer.terms(rs.getString(2) + "\n" + rs.getString(3)));
                    return null;
                })
                .list();
        jdbc.sql("select ticket_id, private_note, body from desk_followup where ticket_id in (:ids)")
                .param("ids", ticketIds)
                .query((rs, n) -> {
                    (rs.getBoolean(2) ? hidden : open)
                            .computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .addAll(FrenchAnalyzer.terms(rs.getString(3)));
                    return null;
                })
                .list();
        jdbc.sql("delete from desk_ticket_term where ticket_id in (:ids)")
                .param("ids", ticketIds)
                .update();
        List<Object[]> rows = new ArrayList<>();
        open.forEach((id, terms) -> terms.forEach(term -> rows.add(new Object[] {id, term, true})));
        hidden.forEach((id, terms) -> terms.forEach(term -> rows.add(new Object[] {id, term, false})));
        batches.batchUpdate(
                "insert into desk_ticket_term (ticket_id, term, public_text) values (?, ?, ?)",
                rows,
                1000,
                (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setBoolean(3, (Boolean) row[2]);
                });
        jdbc.sql("update desk_ticket set terms_indexed = true where id in (:ids)")
                .param("ids", ticketIds)
                .update();
    }

    public Optional<TicketView> find(long id) {
        return jdbc.sql(TICKET + " where t.id = :id")
                .param("id", id)
                .query(RecordRows.of(TicketView.class))
                .optional();
    }

    /** Writes these columns if the ticket is still at {@code version}; false otherwise. */
    public boolean update(long id, int version, Columns columns) {
        return OptimisticUpdate.of(jdbc, "desk_ticket", columns).where("id", id).expecting(version);
    }

    /** A centre's tickets that match, by due date (none last) then id, one page. */
    /** Up to {@code limit} of the filter's tickets from its page's first, by due date. */
    public List<TicketView> search(
            long centreId, @Nullable List<Long> collectivities, TicketFilter filter, Instant now, int limit) {
        Map<String, Object> params = new TreeMap<>();
        String where = where(centreId, collectivities, filter, now, params);
        var statement =
                jdbc.sql(TICKET + where + " order by t.resolve_due nulls last, t.id" + " limit :limit offset :offset");
        params.forEach(statement::param);
        return statement
                .param("limit", limit)
                .param("offset", (long) filter.page() * filter.size())
                .query(RecordRows.of(TicketView.class))
                .list();
    }

    public long count(long centreId, @Nullable List<Long> collectivities, TicketFilter filter, Instant now) {
        Map<String, Object> params = new TreeMap<>();
        String where = where(centreId, collectivities, filter, now, params);
        // Counted up to COUNT_CAP: past it the queue says "more than 1,000" rather than scan a million rows.
        // In the search's order, so that the count walks the index the page itself walks.
        var statement = jdbc.sql("select count(*) from (select 1 from desk_ticket t" + where
                + " order by t.resolve_due nulls last, t.id limit " + (COUNT_CAP + 1) + ") counted");
        params.forEach(statement::param);
        return statement.query(Long.class).single();
    }

    private static String where(
            long centreId,
            @Nullable List<Long> collectivities,
            TicketFilter filter,
            Instant now,
            Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("t.centre_id = :centre");
        params.put("centre", centreId);
        if (collectivities != null) {
            if (collectivities.isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("t.collectivity_id in (:collectivities)");
                params.put("collectivities", collectivities);
            }
        }
        List<String> statuses = filter.statuses().stream().map(Enum::name).toList();
        if (statuses.isEmpty() && collectivities == null) {
            statuses = java.util.Arrays.stream(TicketStatus.values())
                    .filter(TicketStatus::open)
                    .map(Enum::name)
                    .toList();
        }
        if (!statuses.isEmpty()) {
            clauses.add("t.status in (:statuses)");
            params.put("statuses", statuses);
        }
        if (filter.collectivityId() != null) {
            clauses.add("t.collectivity_id = :collectivity");
            params.put("collectivity", filter.collectivityId());
        }
        if (filter.categoryId() != null) {
            clauses.add("t.category_id = :category");
            params.put("category", filter.categoryId());
        }
        if (filter.assigneeId() != null) {
            if (filter.assigneeId() == 0) {
                clauses.add("t.assignee_id is null");
            } else {
                clauses.add("t.assignee_id = :assignee");
                params.put("assignee", filter.assigneeId());
            }
        }
        if (filter.breachingHours() != null) {
            clauses.add("t.resolve_due is not null and t.resolve_due <= :breaching and t.sla_paused = false");
            params.put("breaching", Timestamp.from(now.plusSeconds(3600L * filter.breachingHours())));
        }
        if (filter.words() != null) {
            // The analysed terms, like the knowledge base's: « imprimantes » finds « Imprimante ».
            int i = 0;
            for (String term : FrenchAnalyzer.queryTerms(filter.words(), MAX_WORDS)) {
                String name = "word" + i++;
                clauses.add("t.id in (select x.ticket_id from desk_ticket_term x where x.term = :" + name
                        + (collectivities != null ? " and x.public_text = true" : "") + ")");
                params.put(name, term);
            }
        }
        return " where " + String.join(" and ", clauses);
    }

    public @Nullable Instant instant(long ticketId, String column) {
        String name = switch (column) {
            case "sla_paused_since", "taken_at" -> column;
            default -> throw new IllegalArgumentException(column);
        };
        Timestamp at = jdbc.sql("select " + name + " from desk_ticket where id = :id")
                .param("id", ticketId)
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return at == null ? null : at.toInstant();
    }

    public long pausedSeconds(long ticketId) {
        return jdbc.sql("select sla_paused_seconds from desk_ticket where id = :id")
                .param("id", ticketId)
                .query(Long.class)
                .single();
    }

    /** A ticket to warn about before its breach, with where to write. */
    public record WarningRow(
            long id,
            long centreId,
            String title,
            String collectivityName,
            @Nullable Timestamp resolveDue,
            @Nullable String assigneeUsername,
            @Nullable String mailbox) {}

    /**
     * When the running resolution clock reaches the warning share; a later instant than before
     * clears the warning already sent (a new priority, a reopening).
     */
    public void warnAt(long ticketId, @Nullable Instant warnAt) {
        // Typed: PostgreSQL cannot tell the type of a bare parameter compared with null.
        jdbc.sql("update desk_ticket set warned_at = case when cast(:warn as timestamp) is null"
                        + " or resolve_warn_at is null or cast(:warn as timestamp) > resolve_warn_at then null"
                        + " else warned_at end, resolve_warn_at = cast(:warn as timestamp) where id = :id")
                .param("warn", at(warnAt))
                .param("id", ticketId)
                .update();
    }

    /** The tickets whose warning instant has passed and whose agents were not warned yet. */
    public List<WarningRow> toWarn(Instant now, int limit) {
        return jdbc.sql("select t.id, t.centre_id, t.title, c.name as collectivity_name, t.resolve_due,"
                        + " a.username as assignee_username, d.mailbox from desk_ticket t"
                        + " join collectivity c on c.id = t.collectivity_id"
                        + " join desk_centre d on d.id = t.centre_id"
                        + " left join app_user a on a.id = t.assignee_id"
                        + " where t.resolve_warn_at <= :now and t.warned_at is null and t.sla_paused = false"
                        + " and t.status not in ('SOLVED', 'CLOSED') order by t.resolve_warn_at, t.id limit :limit")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(RecordRows.of(WarningRow.class))
                .list();
    }

    public void warned(long ticketId, Instant at) {
        jdbc.sql("update desk_ticket set warned_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", ticketId)
                .update();
    }

    /** The SLA clocks' due instants (not a change of the ticket: its version stays). */
    public void dues(long ticketId, @Nullable Instant takeChargeDue, @Nullable Instant resolveDue, boolean paused) {
        jdbc.sql("update desk_ticket set take_charge_due = :take, resolve_due = :resolve, sla_paused = :paused"
                        + " where id = :id")
                .param("take", at(takeChargeDue))
                .param("resolve", at(resolveDue))
                .param("paused", paused)
                .param("id", ticketId)
                .update();
    }

    /** Links the article to the ticket; false when it already was. */
    public boolean linkArticle(long ticketId, long articleId, String by, Instant at) {
        boolean linked =
                jdbc.sql("select count(*) from desk_ticket_article where ticket_id = :ticket and article_id = :article")
                                .param("ticket", ticketId)
                                .param("article", articleId)
                                .query(Long.class)
                                .single()
                        > 0;
        if (linked) {
            return false;
        }
        jdbc.sql("insert into desk_ticket_article (ticket_id, article_id, linked_by_name, linked_at)"
                        + " values (:ticket, :article, :by, :at)")
                .param("ticket", ticketId)
                .param("article", articleId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        return true;
    }

    /** Removes the link; false when there was none. */
    public boolean unlinkArticle(long ticketId, long articleId) {
        return jdbc.sql("delete from desk_ticket_article where ticket_id = :ticket and article_id = :article")
                        .param("ticket", ticketId)
                        .param("article", articleId)
                        .update()
                > 0;
    }

    /** The ids of the articles linked to the ticket, in the order they were linked. */
    public List<Long> linkedArticles(long ticketId) {
        return jdbc.sql("select article_id from desk_ticket_article where ticket_id = :ticket"
                        + " order by linked_at, article_id")
                .param("ticket", ticketId)
                .query(Long.class)
                .list();
    }

    /** Marks the ticket changed (a follow-up) without moving its version: nobody's form goes stale. */
    public void touch(long ticketId, Instant at) {
        jdbc.sql("update desk_ticket set updated_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", ticketId)
                .update();
    }

    // --- follow-ups ---

    public long insertFollowUp(
            long ticketId,
            @Nullable Long authorId,
            String authorName,
            boolean fromRequester,
            boolean privateNote,
            String body,
            int minutes,
            Instant at) {
        long id = Columns.of()
                .set("ticket_id", ticketId)
                .set("author_id", authorId)
                .set("author_name", authorName)
                .set("from_requester", fromRequester)
                .set("private_note", privateNote)
                .set("body", body)
                .set("minutes", minutes)
                .set("created_at", Timestamp.from(at))
                .insert(jdbc, "desk_followup");
        indexTerms(ticketId, body, !privateNote);
        return id;
    }

    public List<FollowUpView> followUps(long ticketId, boolean withPrivate) {
        return jdbc.sql("select id, ticket_id, author_id, author_name, from_requester, private_note, body, minutes,"
                        + " created_at from desk_followup where ticket_id = :ticket"
                        + (withPrivate ? "" : " and private_note = false") + " order by id")
                .param("ticket", ticketId)
                .query(RecordRows.of(FollowUpView.class))
                .list();
    }

    // --- attachments ---

    public long insertAttachment(
            long ticketId,
            @Nullable Long followUpId,
            String filename,
            String mediaType,
            long size,
            byte @Nullable [] content,
            @Nullable String storedName,
            String authorName,
            boolean privateNote,
            Instant at) {
        return Columns.of()
                .set("ticket_id", ticketId)
                .set("followup_id", followUpId)
                .set("filename", filename)
                .set("media_type", mediaType)
                .set("size_bytes", size)
                .set("content", content)
                .set("stored_name", storedName)
                .set("author_name", authorName)
                .set("private_note", privateNote)
                .set("created_at", Timestamp.from(at))
                .insert(jdbc, "desk_attachment");
    }

    public List<AttachmentView> attachments(long ticketId, boolean withPrivate) {
        return jdbc.sql("select id, ticket_id, followup_id as follow_up_id, filename, media_type, size_bytes as size,"
                        + " author_name, created_at from desk_attachment where ticket_id = :ticket"
                        + (withPrivate ? "" : " and private_note = false") + " order by id")
                .param("ticket", ticketId)
                .query(RecordRows.of(AttachmentView.class))
                .list();
    }

    public Optional<StoredAttachment> attachment(long id) {
        return jdbc.sql("select id, ticket_id, filename, media_type, private_note, content, stored_name"
                        + " from desk_attachment where id = :id")
                .param("id", id)
                .query(RecordRows.of(StoredAttachment.class))
                .optional();
    }

    // --- history ---

    public void history(
            long ticketId,
            Instant at,
            @Nullable Long actorId,
            String actorName,
            String field,
            @Nullable String before,
            @Nullable String after) {
        Columns.of()
                .set("ticket_id", ticketId)
                .set("at", Timestamp.from(at))
                .set("actor_id", actorId)
                .set("actor_name", actorName)
                .set("field", field)
                .set("before_value", cut(before))
                .set("after_value", cut(after))
                .insert(jdbc, "desk_ticket_history");
    }

    public List<TicketChange> history(long ticketId) {
        return jdbc.sql("select id, at, actor_id, actor_name, field, before_value as before, after_value as after"
                        + " from desk_ticket_history where ticket_id = :ticket order by id")
                .param("ticket", ticketId)
                .query(RecordRows.of(TicketChange.class))
                .list();
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 499) + "…";
    }

    // --- accounts ---

    public Optional<AccountRow> account(long id) {
        return jdbc.sql("select id, username, display_name, role, enabled from app_user where id = :id")
                .param("id", id)
                .query(RecordRows.of(AccountRow.class))
                .optional();
    }

    /** The accounts that may be assigned a centre's tickets: its technicians and the administrators. */
    public List<AccountRow> assignable(long centreId) {
        return jdbc.sql("select u.id, u.username, u.display_name, u.role, u.enabled from app_user u"
                        + " where u.enabled = true and (u.role = 'ADMIN' or u.id in"
                        + " (select a.account_id from desk_agent a where a.centre_id = :centre))"
                        + " order by u.display_name, u.id")
                .param("centre", centreId)
                .query(RecordRows.of(AccountRow.class))
                .list();
    }

    // --- saved views ---

    public List<SavedView> savedViews(long accountId) {
        return jdbc.sql("select id, name, filters from desk_saved_view where account_id = :account order by name")
                .param("account", accountId)
                .query(RecordRows.of(SavedView.class))
                .list();
    }

    public void saveView(long accountId, String name, String filters) {
        int updated = jdbc.sql(
                        "update desk_saved_view set filters = :filters where account_id = :account and name = :name")
                .param("filters", filters)
                .param("account", accountId)
                .param("name", name)
                .update();
        if (updated == 0) {
            Columns.of()
                    .set("account_id", accountId)
                    .set("name", name)
                    .set("filters", filters)
                    .insert(jdbc, "desk_saved_view");
        }
    }

    public boolean deleteView(long accountId, long id) {
        return jdbc.sql("delete from desk_saved_view where id = :id and account_id = :account")
                        .param("id", id)
                        .param("account", accountId)
                        .update()
                == 1;
    }
}
