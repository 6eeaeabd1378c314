/**
 * The savings core: prices, offers and volumes in, savings with their formulas out; no Spring and no SQL.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.savings.domain;
