package org.mutualis.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The title block of an assessment document.
 *
 * @param territory the territory's name, e.g. "Morlaix Communauté"
 * @param subject the procurement's subject, e.g. "Postes de travail"
 * @param procedure the procedure as a reader names it, e.g. "Groupement de commandes"
 * @param awardedOn the award date, {@code null} while nothing is awarded
 * @param generatedOn the day the document is produced
 */
public record AssessmentHeading(
        String territory,
        String subject,
        String procedure,
        @Nullable LocalDate awardedOn,
        LocalDate generatedOn) {}
