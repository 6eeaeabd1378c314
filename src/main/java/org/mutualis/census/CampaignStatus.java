package org.mutualis.census;

/** A campaign is open to answers, or closed with its answers frozen. */
public enum CampaignStatus {
    OPEN,
    CLOSED
}
