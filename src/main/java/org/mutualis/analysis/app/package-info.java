/**
 * Spring services feeding the analysis core from the census. Named interface {@code app}: the
 * procurement module reads a campaign's strata (members and respondents) from here to extrapolate
 * volumes the same way the synthesis does.
 */
@org.springframework.modulith.NamedInterface("app")
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis.app;
