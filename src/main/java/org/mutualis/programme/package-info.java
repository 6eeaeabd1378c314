/**
 * The programme of mutualisation: programmes per territory, stages, actions, phases 0-1-2 and their
 * tasks, statuses derived from the work (campaigns, awards, assessments and their publication),
 * governance (bodies, meetings, decisions), the Gantt chart and the calendar feed. Public API:
 * {@link org.mutualis.programme.Programmes} and its records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "spreadsheet",
            "census",
            "savings",
            "savings :: domain",
            "procurement",
            "procurement :: domain",
            "assessment",
            "assessment :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.programme;
