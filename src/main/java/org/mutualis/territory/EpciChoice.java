package org.mutualis.territory;

/** An EPCI of the official list, offered for import. Population is the population municipale. */
public record EpciChoice(String siren, String name, String type, int memberCount, long population) {}
