package org.mutualis.servicefinance;

import java.util.List;

/**
 * The communications of a year's unit costs to the conventions in force that year, as the reader
 * may see them (a correspondent: their own collectivité's), and how many are late.
 */
public record CommunicationList(
        long territoryId, String territoryName, int year, List<CommunicationView> conventions, long late) {

    public CommunicationList {
        conventions = List.copyOf(conventions);
    }
}
