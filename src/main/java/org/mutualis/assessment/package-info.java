/**
 * The before/after assessment of a group procurement: awards, obtained vs expected savings, its PDF and ODS documents, and its publication to the communes of the territory (each one's own figures, by e-mail and on a page). Public API: {@link org.mutualis.assessment.Assessments} (also, without a reader, {@code latestPublication(s)}, {@code awardState(s)}, {@code complete}, {@code savingsObtained} for the service centre's net balances), {@link org.mutualis.assessment.AssessmentPublications} and their records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "census",
            "spreadsheet",
            "savings",
            "savings :: domain",
            "procurement",
            "procurement :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.assessment;
