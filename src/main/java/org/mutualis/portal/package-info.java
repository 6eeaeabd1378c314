/**
 * The portal: the home page of each role (a correspondent's questionnaires, the staff's work, where
 * the territory stands for an elected official), the user guide at {@code /aide}, the online backup of an H2 database ({@code GET /api/admin/backup},
 * docs/backups.md), and the one way every page and API route fails — {@code PageErrors}
 * renders the one error page, {@code ApiErrors} answers RFC 9457 problem documents, both from the
 * {@code shared.error} vocabulary in the reader's language. Exposes nothing to other modules.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "census",
            "analysis",
            "analysis :: domain",
            "assessment"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.portal;
