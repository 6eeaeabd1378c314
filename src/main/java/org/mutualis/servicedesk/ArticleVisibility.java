package org.mutualis.servicedesk;

/** Who reads an article besides the centre's agents. */
public enum ArticleVisibility {
    /** The centre's agents only (administrator, the centre's technicians). */
    AGENTS,
    /** Also every correspondent of the centre's territory (and the EPCI's staff and elected officials). */
    CORRESPONDENTS
}
