/**
 * The before/after assessment of a group procurement: awards, obtained vs expected savings, its PDF and ODS documents. Public API: {@link org.mutualis.assessment.Assessments} and its records.
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
