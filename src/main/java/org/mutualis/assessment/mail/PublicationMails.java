package org.mutualis.assessment.mail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.domain.AssessmentTotals;
import org.mutualis.savings.domain.SavingAmounts;
import org.mutualis.shared.text.FrenchDates;
import org.mutualis.shared.text.FrenchDecimals;

/**
 * The e-mail that tells one collectivité's correspondent the assessment is published: a member
 * reads the saving obtained, a collectivité that did not join reads what joining would have saved
 * it, and both the procurements they can still join. It carries that collectivité's figures only.
 * Plain Java, no Spring.
 */
public final class PublicationMails {

    private PublicationMails() {}

    /** A procurement the collectivité can still join, as the e-mail lists it. */
    public record Next(String subject, LocalDate deadline) {}

    /**
     * What the e-mail says.
     *
     * @param own the collectivité's own totals; null when its census gives no volume for the items
     * @param link the absolute address of its view of the published assessment
     */
    public record Publication(
            String territoryName,
            String subject,
            String collectivityName,
            boolean member,
            @Nullable AssessmentTotals own,
            @Nullable String message,
            List<Next> next,
            String link) {}

    /** A plain-text e-mail. */
    public record Text(String subject, String body) {}

    public static Text of(Publication p) {
        StringBuilder body = new StringBuilder("Bonjour,\n\n")
                .append(p.territoryName())
                .append(" publie le bilan du marché « ")
                .append(p.subject())
                .append(" ».\n\n");
        if (p.message() != null && !p.message().isBlank()) {
            body.append(p.message().strip()).append("\n\n");
        }
        SavingAmounts figures = p.own() == null ? null : p.own().obtained();
        if (p.member()) {
            body.append("Votre économie, pour ").append(p.collectivityName()).append(" :\n");
        } else {
            body.append(p.collectivityName())
                    .append(" n’a pas adhéré à ce marché. Ce que l’adhésion vous aurait fait économiser,")
                    .append(" calculé sur vos volumes et vos prix du recensement face aux prix obtenus :\n");
        }
        if (figures == null) {
            body.append("- votre recensement ne donne pas de volume pour les articles attribués :")
                    .append(" l’économie n’a pas pu être chiffrée.\n");
        } else {
            line(body, "sur la durée du contrat", figures.overContract().value());
            if (figures.perYear().value().signum() != 0) {
                line(body, "par an", figures.perYear().value());
            }
            if (figures.oneOff().value().signum() != 0) {
                line(body, "sur les achats", figures.oneOff().value());
            }
            body.append("(montants hors taxes ; une économie négative est un surcoût)\n");
        }
        if (!p.next().isEmpty()) {
            body.append("\nMarchés groupés auxquels vous pouvez encore adhérer :\n");
            for (Next n : p.next()) {
                body.append("- ")
                        .append(n.subject())
                        .append(" : avant le ")
                        .append(FrenchDates.format(n.deadline()))
                        .append('\n');
            }
        }
        body.append("\nLe détail, pour votre collectivité :\n   ")
                .append(p.link())
                .append('\n');
        body.append("\n-- \nMutualis, pour ").append(p.territoryName()).append('\n');
        String subject = "Bilan du marché « " + p.subject() + " » : "
                + (p.member() ? "votre économie" : "ce que l’adhésion vous aurait fait économiser");
        return new Text(subject, body.toString());
    }

    private static void line(StringBuilder body, String label, BigDecimal value) {
        body.append("- ")
                .append(label)
                .append(" : ")
                .append(FrenchDecimals.euros(value))
                .append(" HT\n");
    }
}
