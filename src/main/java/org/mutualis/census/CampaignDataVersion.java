package org.mutualis.census;

/**
 * What a campaign's synthesis rests on, as a fingerprint: the campaign (its themes, strata bands,
 * status), and fingerprints of its territory's collectivités, its exclusions and its responses
 * that move with every collectivité, exclusion or response added or removed, every answer saved
 * and every status changed. Read in one query whatever the territory's size ({@link
 * Campaigns#dataVersion}). Two equal versions give the same synthesis: the analysis keys its
 * cache on it, and reads the collectivités, exclusions and answers ({@link
 * Campaigns#data(CampaignDataVersion)}) only when it moved.
 *
 * @param collectivities how many collectivités the territory has (what a synthesis weighs)
 * @param fingerprint collectivités, exclusions and responses: counts, sums of ids, of the
 *     responses' versions, and their last write
 */
public record CampaignDataVersion(CampaignSummary campaign, int collectivities, String fingerprint) {}
