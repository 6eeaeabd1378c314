package org.mutualis.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A file imported for a collectivité: how many inventories it held, devices added and changed. */
public record ImportView(
        long id,
        long collectivityId,
        String fileName,
        int inventories,
        int devicesAdded,
        int devicesChanged,
        String importedBy,
        LocalDateTime importedAt)
        implements Serializable {}
