package org.mutualis.census;

/** One theme of a campaign and the questionnaire version it runs. */
public record ThemeVersion(String theme, int version) {}
