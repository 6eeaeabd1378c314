package org.mutualis.questionnaire;

/**
 * A section of a theme, one step of the answer form ({@code census/sections.csv}): it starts at
 * the question {@code code} and runs to the next section's start or the theme's end.
 */
public record Section(String code, String titleFr, String titleEn) {}
