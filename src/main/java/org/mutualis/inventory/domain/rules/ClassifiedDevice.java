package org.mutualis.inventory.domain.rules;

import java.util.List;
import org.mutualis.inventory.domain.Monitor;

/** A device as the indicator mapping counts it: its classification and its screens. */
public record ClassifiedDevice(Classification classification, List<Monitor> monitors) {

    public ClassifiedDevice {
        monitors = List.copyOf(monitors);
    }
}
