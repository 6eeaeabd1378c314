package org.mutualis.census;

import java.util.List;

/**
 * What taking the inventory into a campaign did.
 *
 * @param collectivities the collectivités whose response it pre-filled
 * @param answers the answers it set to the inventory's count
 * @param kept the answers it left as their correspondent declared or corrected them
 * @param given the collectivités left alone because their response is already given (submitted or
 *     validated): their correspondent's answers count as they are
 * @param without the territory's collectivités with no counted device
 *     <p>Serializable: the page shows it after a redirect (a flash attribute kept in the session).
 */
public record InventoryTaking(int collectivities, int answers, int kept, List<String> given, int without)
        implements java.io.Serializable {

    public InventoryTaking {
        given = List.copyOf(given);
    }
}
