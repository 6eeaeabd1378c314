package org.mutualis.census.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswerChange;
import org.mutualis.census.ResponseStatus;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
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
    private final Clock clock;

    ResponseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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

    /**
     * A fingerprint of a campaign's responses that moves with every write to them: a response
     * added or removed (count, sum of ids, which only grow), an answer saved or a status changed
     * (each moves the response's version and its time). The analysis keys its cached synthesis on
     * it, so that the next view after any write is computed afresh.
     */
    public String stamp(long campaignId) {
        return jdbc.sql("select count(*), coalesce(sum(id), 0), coalesce(sum(version), 0), max(updated_at)"
                        + " from response where campaign_id = :campaign_id")
                .param("campaign_id", campaignId)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":"
                        + (rs.getTimestamp(4) == null ? "" : rs.getTimestamp(4).toInstant()))
                .single();
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
            rows.forEach(a -> byResponse
                    .computeIfAbsent(a.responseId(), k -> new LinkedHashMap<>())
                    .put(a.questionCode(), a.value()));
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
        Columns.of()
                .set("response_id", responseId)
                .set("question_code", questionCode)
                .set("old_value", before == null ? null : before.display())
                .set("new_value", after == null ? null : after.display())
                .set("changed_by", by)
                .set("changed_at", now())
                .insertRow(jdbc, "answer_history");
    }

    public List<AnswerChange> history(long responseId) {
        return jdbc
                .sql("select question_code, old_value, new_value, changed_by, changed_at from answer_history"
                        + " where response_id = :response_id order by changed_at desc, id desc")
                .param("response_id", responseId)
                .query(Change.class)
                .list()
                .stream()
                .map(Change::answerChange)
                .toList();
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

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

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
    }

    /** A row of {@code answer_history}, by column name. */
    private record Change(
            String questionCode,
            @Nullable String oldValue,
            @Nullable String newValue,
            String changedBy,
            Instant changedAt) {

        AnswerChange answerChange() {
            return new AnswerChange(questionCode, oldValue, newValue, changedBy, changedAt);
        }
    }
}
