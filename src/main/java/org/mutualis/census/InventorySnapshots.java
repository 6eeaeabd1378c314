package org.mutualis.census;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The inventory's counts for the census questions, which a campaign can take as answers (issue
 * 15). The census declares it and the inventory module implements it, so that the census never
 * depends on the inventory: a Mutualis without the inventory simply has no such bean.
 */
public interface InventorySnapshots {

    /**
     * The counts of a territory's collectivités at a census date, by collectivité id; a
     * collectivité without a counted device is absent (its correspondent answers by hand).
     *
     * @param questionCodes the campaign's question codes: only those are counted
     */
    Map<Long, InventorySnapshot> at(long territoryId, LocalDate censusDate, Set<String> questionCodes);
}
