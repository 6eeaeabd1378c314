/**
 * The census: campaigns on a territory (themes at a questionnaire version, dates, band settings),
 * each collectivité's response and its workflow (draft, submitted, validated), answer files and
 * workbooks (CSV, XLSX, ODS, all-or-nothing imports), invitations and reminders by e-mail, and the
 * analysts' exclusions.
 *
 * <p>Public API: {@link org.mutualis.census.Campaigns}, {@link org.mutualis.census.AnswerFiles},
 * {@link org.mutualis.census.Workbooks}, {@link org.mutualis.census.CampaignInvitations}, {@link
 * org.mutualis.census.Mails} (one e-mail through the census's outbox, for other modules) and the
 * records and exceptions of this package. Named interface {@code files}: the answer-file readers
 * and writers, for the command line. Other sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "spreadsheet",
            "territory",
            "identity",
            "questionnaire",
            "questionnaire :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.census;
