package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A saving a collectivité obtained in the year from a group procurement (from its assessment).
 *
 * @param source the procurement or lot it comes from
 * @param amount euros HT over the year (negative when the procurement cost it more); null when
 *     not communicated (NC: unknown, never 0)
 */
public record SavingObtained(String source, @Nullable BigDecimal amount) {}
