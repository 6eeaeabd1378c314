package org.mutualis.census.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mutualis.census.AnswerSource;
import org.mutualis.shared.Columns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inventory's counts behind answers a campaign took from the inventory (issue 15). */
@Repository
public class AnswerSourceStore {

    private final JdbcClient jdbc;

    public AnswerSourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By question code, the sources of one response's answers. */
    public Map<String, AnswerSource> of(long responseId) {
        Map<String, AnswerSource> sources = new TreeMap<>();
        jdbc.sql("select question_code, inventoried_value, snapshot_at, devices from answer_source"
                        + " where response_id = :response_id")
                .param("response_id", responseId)
                .query((ResultSet rs) -> {
                    sources.put(rs.getString(1), source(rs));
                });
        return sources;
    }

    /** By response id then question code, the sources of a campaign's answers (one query). */
    public Map<Long, Map<String, AnswerSource>> ofCampaign(long campaignId) {
        Map<Long, Map<String, AnswerSource>> sources = new HashMap<>();
        jdbc.sql("select s.response_id, s.question_code, s.inventoried_value, s.snapshot_at, s.devices"
                        + " from answer_source s join response r on r.id = s.response_id"
                        + " where r.campaign_id = :campaign_id")
                .param("campaign_id", campaignId)
                .query((ResultSet rs) -> {
                    sources.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(
                                    rs.getString(2),
                                    new AnswerSource(
                                            rs.getBigDecimal(3),
                                            rs.getTimestamp(4).toLocalDateTime(),
                                            rs.getInt(5)));
                });
        return sources;
    }

    /** Replaces the source of one answer. */
    public void put(long responseId, String questionCode, AnswerSource source) {
        jdbc.sql("delete from answer_source where response_id = :response_id and question_code = :question_code")
                .param("response_id", responseId)
                .param("question_code", questionCode)
                .update();
        Columns.of()
                .set("response_id", responseId)
                .set("question_code", questionCode)
                .set("inventoried_value", source.inventoriedValue())
                .set("snapshot_at", Timestamp.valueOf(source.snapshotAt()))
                .set("devices", source.devices())
                .insertRow(jdbc, "answer_source");
    }

    private static AnswerSource source(ResultSet rs) throws SQLException {
        return new AnswerSource(rs.getBigDecimal(2), rs.getTimestamp(3).toLocalDateTime(), rs.getInt(4));
    }
}
