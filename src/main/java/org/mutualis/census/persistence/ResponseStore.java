package org.mutualis.census.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswerChange;
import org.mutualis.census.ResponseStatus;
import org.mutualis.questionnaire.domain.AnswerCells;
import org.mutualis.shared.AnswerValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

    private static final String HEADER =
            "select id, collectivity_id, version, comment, updated_at, updated_by, status, status_comment from response";

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Header> header(long campaignId, long collectivityId) {
        return jdbc.sql(HEADER + " where campaign_id = ? and collectivity_id = ?")
                .params(campaignId, collectivityId)
                .query(ResponseStore::header)
                .optional();
    }

    public List<Header> headers(long campaignId) {
        return jdbc.sql(HEADER + " where campaign_id = ?")
                .param(campaignId)
                .query(ResponseStore::header)
                .list();
    }

    /** Answers of every response of a campaign, by response id. */
    public Map<Long, Map<String, AnswerValue>> answers(long campaignId) {
        Map<Long, Map<String, AnswerValue>> byResponse = new HashMap<>();
        jdbc.sql("select a.response_id, a.question_code, a.nc, a.numeric_value, a.text_value"
                        + " from answer a join response r on r.id = a.response_id where r.campaign_id = ?")
                .param(campaignId)
                .query(rs -> {
                    byResponse
                            .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), value(rs.getBoolean(3), rs.getBigDecimal(4), rs.getString(5)));
                });
        return byResponse;
    }

    public Map<String, AnswerValue> answersOf(long responseId) {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        jdbc.sql("select question_code, nc, numeric_value, text_value from answer where response_id = ?")
                .param(responseId)
                .query(rs -> {
                    answers.put(rs.getString(1), value(rs.getBoolean(2), rs.getBigDecimal(3), rs.getString(4)));
                });
        return answers;
    }

    public long insert(
            long campaignId, long collectivityId, @Nullable String comment, String by, ResponseStatus status) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into response (campaign_id, collectivity_id, comment, version, updated_at, updated_by, status)"
                        + " values (?, ?, ?, 1, ?, ?, ?)")
                .params(campaignId, collectivityId, comment, Timestamp.from(Instant.now()), by, status.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** @return false when the version moved on: someone else saved first. */
    public boolean update(
            long responseId, long expectedVersion, @Nullable String comment, String by, ResponseStatus status) {
        return jdbc.sql("update response set version = version + 1, comment = ?, updated_at = ?, updated_by = ?,"
                                + " status = ? where id = ? and version = ?")
                        .params(comment, Timestamp.from(Instant.now()), by, status.name(), responseId, expectedVersion)
                        .update()
                == 1;
    }

    /** A status change (submit, validate, return) is a write too: it checks and moves the version. */
    public boolean updateStatus(
            long responseId, long expectedVersion, ResponseStatus status, @Nullable String statusComment, String by) {
        return jdbc.sql("update response set version = version + 1, status = ?, status_comment = ?, updated_at = ?,"
                                + " updated_by = ? where id = ? and version = ?")
                        .params(
                                status.name(),
                                statusComment,
                                Timestamp.from(Instant.now()),
                                by,
                                responseId,
                                expectedVersion)
                        .update()
                == 1;
    }

    public void recordChange(
            long responseId,
            String questionCode,
            @Nullable AnswerValue before,
            @Nullable AnswerValue after,
            String by) {
        jdbc.sql("insert into answer_history (response_id, question_code, old_value, new_value, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        responseId,
                        questionCode,
                        before == null ? null : before.display(),
                        after == null ? null : after.display(),
                        by,
                        Timestamp.from(Instant.now()))
                .update();
    }

    public List<AnswerChange> history(long responseId) {
        return jdbc.sql("select question_code, old_value, new_value, changed_by, changed_at from answer_history"
                        + " where response_id = ? order by changed_at desc, id desc")
                .param(responseId)
                .query((rs, n) -> new AnswerChange(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static Header header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Header(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                ResponseStatus.valueOf(rs.getString(7)),
                rs.getString(8));
    }

    public void replaceAnswers(long responseId, Map<String, AnswerValue> answers) {
        jdbc.sql("delete from answer where response_id = ?").param(responseId).update();
        answers.forEach((code, value) -> jdbc.sql(
                        "insert into answer (response_id, question_code, nc, numeric_value, text_value) values (?, ?, ?, ?, ?)")
                .params(
                        responseId,
                        code,
                        value.isNotCommunicated(),
                        value instanceof AnswerValue.Numeric n ? n.value() : null,
                        value instanceof AnswerValue.Text t ? t.value() : null)
                .update());
    }

    private static AnswerValue value(boolean nc, @Nullable BigDecimal number, @Nullable String text) {
        if (nc) {
            return AnswerValue.nc();
        }
        if (number != null) {
            return new AnswerValue.Numeric(AnswerCells.canonical(number));
        }
        return new AnswerValue.Text(text == null ? "" : text);
    }
}
