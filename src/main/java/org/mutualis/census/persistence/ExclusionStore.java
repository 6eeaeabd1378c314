package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.mutualis.census.ExclusionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExclusionStore {

    private final JdbcClient jdbc;

    ExclusionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExclusionView> of(long campaignId) {
        return jdbc.sql("""
                        select e.id, e.collectivity_id, c.code, c.name, e.indicator_code, e.reason, e.created_by, e.created_at
                        from exclusion e join collectivity c on c.id = e.collectivity_id
                        where e.campaign_id = ? order by c.name, e.indicator_code""")
                .param(campaignId)
                .query((rs, n) -> new ExclusionView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    public boolean exists(long campaignId, long collectivityId, String indicatorCode) {
        return jdbc.sql(
                                "select count(*) from exclusion where campaign_id = ? and collectivity_id = ? and indicator_code = ?")
                        .params(campaignId, collectivityId, indicatorCode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(long campaignId, long collectivityId, String indicatorCode, String reason, String by) {
        jdbc.sql("insert into exclusion (campaign_id, collectivity_id, indicator_code, reason, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(campaignId, collectivityId, indicatorCode, reason, by, Timestamp.from(Instant.now()))
                .update();
    }

    public int delete(long campaignId, long exclusionId) {
        return jdbc.sql("delete from exclusion where id = ? and campaign_id = ?")
                .params(exclusionId, campaignId)
                .update();
    }
}
