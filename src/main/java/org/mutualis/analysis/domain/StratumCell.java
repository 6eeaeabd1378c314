package org.mutualis.analysis.domain;

/**
 * One stratum's part of an indicator: for a count or an amount, the raw and extrapolated totals
 * of the stratum; for a yes/no or choice value, the number of its collectivités that gave it, raw
 * and extrapolated. A stratum without respondent has 0 and a note saying it is not covered.
 *
 * @param respondents the stratum's collectivités with a usable answer to the indicator
 */
public record StratumCell(String stratumCode, String stratumLabel, int respondents, Figure raw, Figure extrapolated) {}
