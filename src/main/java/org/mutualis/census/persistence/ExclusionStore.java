package org.mutualis.census.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.mutualis.census.ExclusionView;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExclusionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExclusionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ExclusionView> of(long campaignId) {
        return jdbc.sql("""
                        select e.id, e.collectivity_id, c.code as collectivity_code, c.name as collectivity_name,
                               e.indicator_code, e.reason, e.created_by, e.created_at
                        from exclusion e join collectivity c on c.id = e.collectivity_id
                        where e.campaign_id = :campaign_id order by c.name, e.indicator_code""")
                .param("campaign_id", campaignId)
                .query(RecordRows.of(ExclusionView.class))
                .list();
    }

    public boolean exists(long campaignId, long collectivityId, String indicatorCode) {
        return jdbc.sql("select count(*) from exclusion where campaign_id = :campaign_id"
                                + " and collectivity_id = :collectivity_id and indicator_code = :indicator_code")
                        .param("campaign_id", campaignId)
                        .param("collectivity_id", collectivityId)
                        .param("indicator_code", indicatorCode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(long campaignId, long collectivityId, String indicatorCode, String reason, String by) {
        Columns.of()
                .set("campaign_id", campaignId)
                .set("collectivity_id", collectivityId)
                .set("indicator_code", indicatorCode)
                .set("reason", reason)
                .set("created_by", by)
                .set("created_at", Timestamp.from(clock.instant()))
                .insertRow(jdbc, "exclusion");
    }

    public int delete(long campaignId, long exclusionId) {
        return jdbc.sql("delete from exclusion where id = :id and campaign_id = :campaign_id")
                .param("id", exclusionId)
                .param("campaign_id", campaignId)
                .update();
    }
}
