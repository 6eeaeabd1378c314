package org.mutualis.analysis.domain;

/** An analyst leaves one collectivité's answer to one indicator out of a synthesis, and says why. */
public record Exclusion(String collectivityCode, String indicatorCode, String reason) {}
