package org.mutualis.inventory.persistence;

import java.util.List;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current facts of every device of a collectivité (its last state), in one query. */
@Repository
public class CurrentFactsStore {

    /** A device's id and its current facts. */
    public record CurrentFacts(long deviceId, InventoryReport facts) {}

    private record Row(long deviceId, byte[] facts) {}

    private final JdbcClient jdbc;

    CurrentFactsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CurrentFacts> ofCollectivity(long collectivityId) {
        return jdbc
                .sql("select s.device_id, s.facts from inv_device_state s join inv_device d on d.id = s.device_id"
                        + " where d.collectivity_id = :collectivity and s.id = (select max(s2.id) from inv_device_state s2"
                        + " where s2.device_id = s.device_id)")
                .param("collectivity", collectivityId)
                .query(RecordRows.of(Row.class))
                .list()
                .stream()
                .map(r -> new CurrentFacts(r.deviceId(), FactsCodec.decode(r.facts())))
                .toList();
    }
}
