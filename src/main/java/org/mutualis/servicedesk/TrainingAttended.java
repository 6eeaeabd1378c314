package org.mutualis.servicedesk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One person of a collectivité present at a training session, as other modules count it (the
 * cost sharing's training days): the session, its topic and first day, and the days it lasts.
 */
public record TrainingAttended(long sessionId, String topic, LocalDate firstDay, BigDecimal days) {}
