package org.mutualis.inventory.domain.renewal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A machine to plan: its kind (the cost and lifespan it takes), when it was bought (the purchase
 * date, else the BIOS date: the best hint the inventory has), and when its system's support ends
 * (null: not known, or not ending).
 *
 * @param kind the census's kind ("desktop", "laptop", "thin_client", "server")
 */
public record RenewalMachine(
        long deviceId,
        String kind,
        @Nullable LocalDate acquired,
        @Nullable LocalDate systemEndOfSupport) {}
