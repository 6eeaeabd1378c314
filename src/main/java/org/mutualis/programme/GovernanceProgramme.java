package org.mutualis.programme;

/** The programme a governance page is about, as its heading names it. */
public record GovernanceProgramme(long id, long territoryId, String name) {}
