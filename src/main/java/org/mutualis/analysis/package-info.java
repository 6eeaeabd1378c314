/**
 * Representativity, extrapolation, means, shares and renewal forecasts of a campaign. Public API:
 * {@link org.mutualis.analysis.CampaignSyntheses}, {@link org.mutualis.analysis.CampaignPriorities},
 * {@link org.mutualis.analysis.CampaignComparisons}, {@link org.mutualis.analysis.CampaignSoftware}
 * (each takes the reader and returns the reader's view: {@link org.mutualis.analysis.SynthesisView},
 * {@link org.mutualis.analysis.FigureView}, {@link org.mutualis.analysis.FollowUp}, ...) and the
 * core's records in {@code domain} (named interface {@code domain}). The plain-Java core is
 * {@code domain/}, {@link org.mutualis.analysis.domain.Redaction} included; {@code web/} and
 * {@code cli/} show its results.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "territory", "identity", "questionnaire", "census", "census :: files"})
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis;
