package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;

/** One party to an allocation and its weight (units, inhabitants, workstations, an exact amount). */
public record Share<K>(K key, BigDecimal weight) {}
