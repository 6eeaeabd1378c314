package org.mutualis.inventory.domain.formats;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventoryReport;

/** What an agent asked, once its body is decoded. */
public sealed interface AgentMessage {

    /** The device id the agent gave. */
    String deviceId();

    /** An OCS / FusionInventory (or first-contact GLPI Agent) XML PROLOG: may I send? */
    record Prolog(String deviceId) implements AgentMessage {}

    /** A GLPI Agent CONTACT (JSON): which tasks to run, and when to come back. */
    record Contact(String deviceId, @Nullable String tag, List<String> enabledTasks) implements AgentMessage {
        public Contact {
            enabledTasks = List.copyOf(enabledTasks);
        }
    }

    /** An inventory, in JSON (GLPI Agent) or XML (OCS / FusionInventory): answered in the same language. */
    record Inventory(InventoryReport report) implements AgentMessage {
        @Override
        public String deviceId() {
            return report.deviceId();
        }
    }
}
