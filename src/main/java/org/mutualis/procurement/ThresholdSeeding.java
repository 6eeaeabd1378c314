package org.mutualis.procurement;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills an empty threshold table at startup, before the demo loader plans its procurements. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ThresholdSeeding implements ApplicationRunner {

    private final ProcurementThresholds thresholds;

    ThresholdSeeding(ProcurementThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @Override
    public void run(ApplicationArguments args) {
        thresholds.seedIfEmpty();
    }
}
