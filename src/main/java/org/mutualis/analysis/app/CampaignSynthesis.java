package org.mutualis.analysis.app;

import org.mutualis.analysis.Synthesis;
import org.mutualis.census.CampaignData;

/** A synthesis together with the campaign data it was computed from. */
public record CampaignSynthesis(CampaignData data, Synthesis synthesis) {}
