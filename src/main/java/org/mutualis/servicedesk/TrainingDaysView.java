package org.mutualis.servicedesk;

import java.math.BigDecimal;

/**
 * The training days a collectivité's staff attended over a period: people present (one per
 * registration) and days (each present registration counts its session's days).
 */
public record TrainingDaysView(long collectivityId, String collectivityName, int attendances, BigDecimal days) {}
