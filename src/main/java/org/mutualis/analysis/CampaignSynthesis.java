package org.mutualis.analysis;

import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.census.CampaignData;

/** A synthesis together with the campaign data it was computed from. */
public record CampaignSynthesis(CampaignData data, Synthesis synthesis) {}
