package org.mutualis.census.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswerChange;
import org.mutualis.census.ResponseStatus;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses and their answers. Writes use optimistic locking on {@code response.version}: an
 * update names the version it started from and changes nothing if someone saved in between.
 */
@Repository
public class ResponseStore {

    /** The stored header of a response. */
    public record Header(
            long id,
            long collectivityId,
            long version,
            @Nullable String comment,
            Instant updatedAt,
            String updatedBy,
            ResponseStatus status,
            @Nullable String statusComment) {}

    /** The columns of {@link Header}, by name. */
    private static final String HEADER =
            "select id, collectivity_id, version, comment, updated_at, updated_by, status, status_comment from response";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;

    ResponseStore(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
    }

    /**
     * {@link #HEADER}'s row, mapped by position: reading a national campaign's headers through
     * reflection ({@code query(Header.class)}) cost more than the query.
     */
    private static final RowMapper<Header> HEADER_ROW = (rs, n) -> new Header(
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getString(4),
            rs.getTimestamp(5).toInstant(),
            rs.getString(6),
            ResponseStatus.valueOf(rs.getString(7)),
            rs.getString(8));

    /** A row of {@code answer}: response_id, question_code, nc, numeric_value, text_value. */
    private static final RowMapper<Answer> ANSWER_ROW = (rs, n) ->
            new Answer(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBigDecimal(4), rs.getString(5));

    public Optional<Header> header(long campaignId, long collectivityId) {
        return jdbc.sql(HEADER + " where campaign_id = :campaign_id and collectivity_id = :collectivity_id")
                .param("campaign_id", campaignId)
                .param("collectivity_id", collectivityId)
                .query(HEADER_ROW)
                .optional();
    }

    public List<Header> headers(long campaignId) {
        return jdbc.sql(HEADER + " where campaign_id = :campaign_id")
                .param("campaign_id", campaignId)
                .query(HEADER_ROW)
                .list();
    }

    /** Answers of every response of a campaign, by response id. */
    public Map<Long, Map<String, AnswerValue>> answers(long campaignId) {
        Map<Long, Map<String, AnswerValue>> byResponse = new HashMap<>();
        // Streamed: a national census holds millions of answers. Ordered, so that the API answers the
        // same bytes whatever the rows' physical order (a restored PostgreSQL database has another).
        try (Stream<Answer> rows = jdbc
                .sql("select a.response_id, a.question_code, a.nc, a.numeric_value,"
                        + " a.text_value from answer a join response r on r.id = a.response_id"
                        + " where r.campaign_id = :campaign_id order by a.response_id, a.question_code")
                .param("campaign_id", campaignId)
                .query(ANSWER_ROW)
                .stream()) {
            rows.forEach(a -> a.addTo(byResponse));
        }
        return byResponse;
    }

    public Map<String, AnswerValue> answersOf(long responseId) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        jdbc.sql("select response_id, question_code, nc, numeric_value, text_value from answer"
                        + " where response_id = :response_id order by question_code")
                .param("response_id", responseId)
                .query(ANSWER_ROW)
                .list()
                .forEach(a -> answers.put(a.questionCode(), a.value()));
        return answers;
    }

    public long insert(
            long campaignId, long collectivityId, @Nullable String comment, String by, ResponseStatus status) {
        return Columns.of()
                .set("campaign_id", campaignId)
                .set("collectivity_id", collectivityId)
                .set("comment", comment)
                .set("version", 1)
                .set("updated_at", now())
                .set("updated_by", by)
                .set("status", status.name())
                .insert(jdbc, "response");
    }

    /** @return false when the version moved on: someone else saved first. */
    public boolean update(
            long responseId, long expectedVersion, @Nullable String comment, String by, ResponseStatus status) {
        Columns changed = Columns.of()
                .set("comment", comment)
                .set("updated_at", now())
                .set("updated_by", by)
                .set("status", status.name());
        return OptimisticUpdate.of(jdbc, "response", changed)
                .where("id", responseId)
                .expecting(expectedVersion);
    }

    /** A status change (submit, validate, return) is a write too: it checks and moves the version. */
    public boolean updateStatus(
            long responseId, long expectedVersion, ResponseStatus status, @Nullable String statusComment, String by) {
        Columns changed = Columns.of()
                .set("status", status.name())
                .set("status_comment", statusComment)
                .set("updated_at", now())
                .set("updated_by", by);
        return OptimisticUpdate.of(jdbc, "response", changed)
                .where("id", responseId)
                .expecting(expectedVersion);
    }

    public void recordChange(
            long responseId,
            String questionCode,
            @Nullable AnswerValue before,
            @Nullable AnswerValue after,
            String by) {
        recordChange(responseId, questionCode, before, after, by, null);
    }

    /** @param reason why the answer changed (a correction of the inventory's count), or null */
    public void recordChange(
            long responseId,
            String questionCode,
            @Nullable AnswerValue before,
            @Nullable AnswerValue after,
            String by,
            @Nullable String reason) {
        Columns.of()
                .set("response_id", responseId)
                .set("question_code", questionCode)
                .set("old_value", before == null ? null : before.display())
                .set("new_value", after == null ? null : after.display())
                .set("changed_by", by)
                .set("changed_at", now())
                .set("reason", reason)
                .insertRow(jdbc, "answer_history");
    }

    /**
     * Every change of a response's answers, newest first. A response an import created ({@link
     * #insertAll}) stores no row for the answers it was created with: they are its first recorded
     * value of each question (the old value of the question's first change), else its current
     * answer, given by its creator at its creation, after (older than) every stored change.
     */
    public List<AnswerChange> history(long responseId) {
        List<AnswerChange> changes = new ArrayList<>(jdbc
                .sql("select question_code, old_value, new_value, changed_by, changed_at, reason from answer_history"
                        + " where response_id = :response_id order by changed_at desc, id desc")
                .param("response_id", responseId)
                .query(RecordRows.of(Change.class))
                .list()
                .stream()
                .map(Change::answerChange)
                .toList());
        Optional<Change> created = jdbc.sql(
                        "select created_by, created_at from response where id = :id and created_by is not null")
                .param("id", responseId)
                .query((rs, n) -> new Change(
                        "", null, null, rs.getString(1), rs.getTimestamp(2).toInstant(), null))
                .optional();
        if (created.isEmpty()) {
            return changes;
        }
        Map<String, @Nullable String> first = new java.util.TreeMap<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            AnswerChange change = changes.get(i);
            if (!first.containsKey(change.questionCode())) {
                first.put(change.questionCode(), change.before());
            }
        }
        answersOf(responseId).forEach((code, value) -> first.putIfAbsent(code, value.display()));
        // as the rows were written (question codes in order), newest first: the last code first
        List<String> codes = new ArrayList<>(first.keySet());
        java.util.Collections.reverse(codes);
        for (String code : codes) {
            String value = first.get(code);
            if (value != null) {
                changes.add(new AnswerChange(
                        code,
                        null,
                        value,
                        created.get().changedBy(),
                        created.get().changedAt()));
            }
        }
        return changes;
    }

    public void replaceAnswers(long responseId, Map<String, AnswerValue> answers) {
        jdbc.sql("delete from answer where response_id = :response_id")
                .param("response_id", responseId)
                .update();
        answers.forEach((code, value) -> Columns.of()
                .set("response_id", responseId)
                .set("question_code", code)
                .set("nc", value.isNotCommunicated())
                .set("numeric_value", value instanceof AnswerValue.Numeric n ? n.value() : null)
                .set("text_value", value instanceof AnswerValue.Text t ? t.value() : null)
                .insertRow(jdbc, "answer"));
    }

    // ---- Many responses at once (file imports): a few statements whatever the campaign holds ----

    /** How many ids an {@code in (…)} list carries (PostgreSQL takes at most 32,767 parameters). */
    static final int IDS_PER_QUERY = 1000;

    /** How many rows one multi-row {@code insert … values (…), (…)} writes. */
    static final int ROWS_PER_INSERT = 200;

    /** A stored response's key and version, as an import checks it before writing over it. */
    public record Stored(long id, long collectivityId, long version, String updatedBy) {}

    /**
     * The headers of these collectivités' responses to the campaign (those that have one), by
     * collectivité id: in one query whatever their number (see {@link #wholeCampaign}).
     */
    public Map<Long, Header> headersOf(long campaignId, Collection<Long> collectivityIds) {
        Map<Long, Header> headers = new HashMap<>();
        if (collectivityIds.isEmpty()) {
            return headers;
        }
        if (wholeCampaign(collectivityIds)) {
            Set<Long> wanted = Set.copyOf(collectivityIds);
            jdbc.sql(HEADER + " where campaign_id = :campaign_id")
                    .param("campaign_id", campaignId)
                    .query(HEADER_ROW)
                    .list()
                    .forEach(h -> {
                        if (wanted.contains(h.collectivityId())) {
                            headers.put(h.collectivityId(), h);
                        }
                    });
            return headers;
        }
        jdbc.sql(HEADER + " where campaign_id = :campaign_id and collectivity_id in (:ids)")
                .param("campaign_id", campaignId)
                .param("ids", List.copyOf(collectivityIds))
                .query(HEADER_ROW)
                .list()
                .forEach(h -> headers.put(h.collectivityId(), h));
        return headers;
    }

    /**
     * The answers of these collectivités' responses to the campaign, by response id: in one query
     * whatever their number (see {@link #wholeCampaign}), streamed.
     */
    public Map<Long, Map<String, AnswerValue>> answersOf(long campaignId, Collection<Long> collectivityIds) {
        Map<Long, Map<String, AnswerValue>> byResponse = new HashMap<>();
        if (collectivityIds.isEmpty()) {
            return byResponse;
        }
        if (wholeCampaign(collectivityIds)) {
            Set<Long> wanted = Set.copyOf(collectivityIds);
            try (Stream<Answer> rows = jdbc
                    .sql("select a.response_id, a.question_code, a.nc, a.numeric_value, a.text_value,"
                            + " r.collectivity_id from answer a join response r on r.id = a.response_id"
                            + " where r.campaign_id = :campaign_id order by a.response_id, a.question_code")
                    .param("campaign_id", campaignId)
                    .query((rs, n) -> wanted.contains(rs.getLong(6)) ? ANSWER_ROW.mapRow(rs, n) : SKIPPED)
                    .stream()) {
                rows.forEach(a -> {
                    if (a != SKIPPED) {
                        a.addTo(byResponse);
                    }
                });
            }
            return byResponse;
        }
        jdbc.sql("select a.response_id, a.question_code, a.nc, a.numeric_value, a.text_value"
                        + " from answer a join response r on r.id = a.response_id"
                        + " where r.campaign_id = :campaign_id and r.collectivity_id in (:ids)"
                        + " order by a.response_id, a.question_code")
                .param("campaign_id", campaignId)
                .param("ids", List.copyOf(collectivityIds))
                .query(ANSWER_ROW)
                .list()
                .forEach(a -> a.addTo(byResponse));
        return byResponse;
    }

    /**
     * The stored responses of these collectivités (key, version, last writer), by collectivité id:
     * in one query whatever their number (see {@link #wholeCampaign}).
     */
    public Map<Long, Stored> stored(long campaignId, Collection<Long> collectivityIds) {
        Map<Long, Stored> stored = new HashMap<>();
        if (collectivityIds.isEmpty()) {
            return stored;
        }
        RowMapper<Stored> row = (rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
        if (wholeCampaign(collectivityIds)) {
            Set<Long> wanted = Set.copyOf(collectivityIds);
            jdbc.sql("select id, collectivity_id, version, updated_by from response where campaign_id = :campaign_id")
                    .param("campaign_id", campaignId)
                    .query(row)
                    .list()
                    .forEach(s -> {
                        if (wanted.contains(s.collectivityId())) {
                            stored.put(s.collectivityId(), s);
                        }
                    });
            return stored;
        }
        jdbc.sql("select id, collectivity_id, version, updated_by from response"
                        + " where campaign_id = :campaign_id and collectivity_id in (:ids)")
                .param("campaign_id", campaignId)
                .param("ids", List.copyOf(collectivityIds))
                .query(row)
                .list()
                .forEach(s -> stored.put(s.collectivityId(), s));
        return stored;
    }

    /**
     * Whether many collectivités' responses are read as the campaign's, filtered here, rather than
     * named in an {@code in (…)} list: over {@link #IDS_PER_QUERY} of them, the lists would take
     * several queries, and H2 checks a list of parameters value by value on every response of the
     * campaign (a 36,000-row import spent most of its time there). A file of that size answers
     * for much of its territory anyway, so the campaign's rows are few more than those asked.
     */
    private static boolean wholeCampaign(Collection<Long> collectivityIds) {
        return collectivityIds.size() > IDS_PER_QUERY;
    }

    /** A response to write in a batch: its collectivité (new) or its id and the version read (update). */
    public record Write(
            long key, long expectedVersion, @Nullable String comment) {}

    /**
     * The first version of each collectivité's response ({@link Write#key()} is the collectivité id),
     * in a few multi-row inserts; their ids come from {@link #stored}. Each records its creator and
     * time ({@code created_by}, {@code created_at}), and its history the answers it is created with
     * from them (see {@link #history}): the caller writes no history row for those.
     */
    public void insertAll(long campaignId, List<Write> responses, String by, ResponseStatus status) {
        Timestamp now = now();
        insertRows(
                "response",
                List.of(
                        "campaign_id",
                        "collectivity_id",
                        "comment",
                        "version",
                        "updated_at",
                        "updated_by",
                        "status",
                        "created_at",
                        "created_by"),
                responses,
                (ps, i, w) -> {
                    ps.setLong(i, campaignId);
                    ps.setLong(i + 1, w.key());
                    setText(ps, i + 2, w.comment());
                    ps.setLong(i + 3, 1);
                    ps.setTimestamp(i + 4, now);
                    ps.setString(i + 5, by);
                    ps.setString(i + 6, status.name());
                    ps.setTimestamp(i + 7, now);
                    ps.setString(i + 8, by);
                });
    }

    /**
     * Writes each response ({@link Write#key()} is the response id) if it is still at its expected
     * version, moving the version on, in one batch.
     *
     * @return the ids of the responses that moved on meanwhile (nothing was written to them)
     */
    public List<Long> updateAll(List<Write> responses, String by, ResponseStatus status) {
        if (responses.isEmpty()) {
            return List.of();
        }
        Timestamp now = now();
        int[][] counts = batches.batchUpdate(
                "update response set comment = ?, updated_at = ?, updated_by = ?, status = ?, version = version + 1"
                        + " where id = ? and version = ?",
                responses,
                responses.size(),
                (ps, w) -> {
                    setText(ps, 1, w.comment());
                    ps.setTimestamp(2, now);
                    ps.setString(3, by);
                    ps.setString(4, status.name());
                    ps.setLong(5, w.key());
                    ps.setLong(6, w.expectedVersion());
                });
        List<Long> stale = new ArrayList<>();
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                // SUCCESS_NO_INFO (-2): the driver wrote it without counting; a 0 is a lost race
                if (count == 0) {
                    stale.add(responses.get(i).key());
                }
                i++;
            }
        }
        return stale;
    }

    /** Removes every answer of these responses, in {@code ceil(n / 1000)} statements. */
    public void deleteAnswers(Collection<Long> responseIds) {
        for (List<Long> ids : chunks(responseIds)) {
            jdbc.sql("delete from answer where response_id in (:ids)")
                    .param("ids", ids)
                    .update();
        }
    }

    /** The answers of many responses (by response id), in a few multi-row inserts. */
    public void insertAnswers(Map<Long, Map<String, AnswerValue>> byResponse) {
        List<Map.Entry<Long, Map.Entry<String, AnswerValue>>> rows = new ArrayList<>();
        byResponse.forEach((id, answers) -> answers.entrySet().forEach(a -> rows.add(Map.entry(id, a))));
        insertRows(
                "answer",
                List.of("response_id", "question_code", "nc", "numeric_value", "text_value"),
                rows,
                (ps, i, row) -> {
                    AnswerValue value = row.getValue().getValue();
                    ps.setLong(i, row.getKey());
                    ps.setString(i + 1, row.getValue().getKey());
                    ps.setBoolean(i + 2, value.isNotCommunicated());
                    if (value instanceof AnswerValue.Numeric n) {
                        ps.setBigDecimal(i + 3, n.value());
                    } else {
                        ps.setNull(i + 3, Types.NUMERIC);
                    }
                    setText(ps, i + 4, value instanceof AnswerValue.Text t ? t.value() : null);
                });
    }

    /** One change of one answer, for {@link #recordChanges}. */
    public record ChangeRow(
            long responseId,
            String questionCode,
            @Nullable AnswerValue before,
            @Nullable AnswerValue after) {}

    /** The answers' history of many changes, in a few multi-row inserts. */
    public void recordChanges(List<ChangeRow> changes, String by) {
        Timestamp now = now();
        insertRows(
                "answer_history",
                List.of("response_id", "question_code", "old_value", "new_value", "changed_by", "changed_at"),
                changes,
                (ps, i, c) -> {
                    ps.setLong(i, c.responseId());
                    ps.setString(i + 1, c.questionCode());
                    setText(ps, i + 2, c.before() == null ? null : c.before().display());
                    setText(ps, i + 3, c.after() == null ? null : c.after().display());
                    ps.setString(i + 4, by);
                    ps.setTimestamp(i + 5, now);
                });
    }

    /** Sets one row's columns from parameter {@code first} on. */
    @FunctionalInterface
    private interface RowSetter<T> {
        void set(PreparedStatement ps, int first, T row) throws SQLException;
    }

    /**
     * {@code insert into table (…) values (…), (…), …}: the full groups of {@link #ROWS_PER_INSERT}
     * rows in one JDBC batch of one statement, the rest in a second statement.
     */
    private <T> void insertRows(String table, List<String> columns, List<T> rows, RowSetter<T> setter) {
        if (rows.isEmpty()) {
            return;
        }
        int full = rows.size() / ROWS_PER_INSERT;
        if (full > 0) {
            batches.execute(insertSql(table, columns, ROWS_PER_INSERT), (PreparedStatement ps) -> {
                for (int group = 0; group < full; group++) {
                    bindRows(
                            ps,
                            columns.size(),
                            rows.subList(group * ROWS_PER_INSERT, (group + 1) * ROWS_PER_INSERT),
                            setter);
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
        List<T> rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
        if (!rest.isEmpty()) {
            batches.execute(insertSql(table, columns, rest.size()), (PreparedStatement ps) -> {
                bindRows(ps, columns.size(), rest, setter);
                return ps.executeUpdate();
            });
        }
    }

    private static <T> void bindRows(PreparedStatement ps, int width, List<T> rows, RowSetter<T> setter)
            throws SQLException {
        int first = 1;
        for (T row : rows) {
            setter.set(ps, first, row);
            first += width;
        }
    }

    private static String insertSql(String table, List<String> columns, int rows) {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "insert into " + table + " (" + String.join(", ", columns) + ") values "
                + String.join(", ", java.util.Collections.nCopies(rows, one));
    }

    private static void setText(PreparedStatement ps, int index, @Nullable String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return chunks;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /**
     * The answers of some responses, by response id, question codes in order: one page of an
     * export, which reads a campaign's answers a page at a time rather than all at once.
     */
    public Map<Long, Map<String, AnswerValue>> answersOf(Collection<Long> responseIds) {
        Map<Long, Map<String, AnswerValue>> byResponse = new HashMap<>();
        if (responseIds.isEmpty()) {
            return byResponse;
        }
        jdbc.sql("select response_id, question_code, nc, numeric_value, text_value from answer"
                        + " where response_id in (:ids) order by response_id, question_code")
                .param("ids", responseIds)
                .query(ANSWER_ROW)
                .list()
                .forEach(a -> a.addTo(byResponse));
        return byResponse;
    }

    /** An answer read but not asked for ({@link #answersOf(long, Collection)}), left out. */
    private static final Answer SKIPPED = new Answer(0, "", false, null, null);

    /** A row of {@code answer}, by column name. */
    private record Answer(
            long responseId,
            String questionCode,
            boolean nc,
            @Nullable BigDecimal numericValue,
            @Nullable String textValue) {

        AnswerValue value() {
            if (nc) {
                return AnswerValue.nc();
            }
            if (numericValue != null) {
                return new AnswerValue.Numeric(AnswerCells.canonical(numericValue));
            }
            return new AnswerValue.Text(textValue == null ? "" : textValue);
        }

        /** Into answers by response id, question codes in the order read. */
        void addTo(Map<Long, Map<String, AnswerValue>> byResponse) {
            byResponse.computeIfAbsent(responseId, k -> new LinkedHashMap<>()).put(questionCode, value());
        }
    }

    /** A row of {@code answer_history}, by column name. */
    private record Change(
            String questionCode,
            @Nullable String oldValue,
            @Nullable String newValue,
            String changedBy,
            Instant changedAt,
            @Nullable String reason) {

        AnswerChange answerChange() {
            return new AnswerChange(questionCode, oldValue, newValue, changedBy, changedAt, reason);
        }
    }
}
