package org.mutualis.analysis;

import java.util.Map;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.census.CampaignSummary;

/**
 * One figure of a synthesis and how it was computed, as one reader may see it ({@link
 * CampaignSyntheses#figure}).
 *
 * @param strata stratum code → label, to name the stratum of each input
 * @param details whether the formula and every collectivité's inputs are shown
 * @param terms the page of the figure's inputs a page shows (the figure keeps them all)
 */
public record FigureView(
        CampaignSummary campaign, Figure figure, Map<String, String> strata, boolean details, TermsPage terms) {}
