package org.mutualis.census.mail;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The e-mails as they were written before templates: the defaults must say exactly this. */
final class LegacyCampaignMails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH'h'mm");

    private LegacyCampaignMails() {}

    public static MailText invitation(CampaignMail mail) {
        StringBuilder body = new StringBuilder("Bonjour,\n\n")
                .append("Vous êtes invité(e) à répondre, pour la collectivité « ")
                .append(mail.collectivityName())
                .append(" », au recensement « ")
                .append(mail.campaignName())
                .append(" » mené par ")
                .append(mail.territoryName())
                .append(".\n");
        closing(mail, body);
        steps(mail, body);
        body.append("\nLe lien de ce message est personnel : ne le transférez pas. Si ce message ne vous est pas")
                .append(" destiné, ignorez-le et prévenez l'EPCI.\n");
        signature(mail, body);
        return new MailText(subject(mail), body.toString());
    }

    public static MailText reminder(CampaignMail mail) {
        StringBuilder body = new StringBuilder("Bonjour,\n\n")
                .append("Sauf erreur de notre part, la réponse de la collectivité « ")
                .append(mail.collectivityName())
                .append(" » au recensement « ")
                .append(mail.campaignName())
                .append(" » mené par ")
                .append(mail.territoryName())
                .append(" ne nous est pas encore parvenue.\n");
        closing(mail, body);
        steps(mail, body);
        body.append("\nChaque réponse rend la synthèse du territoire plus fidèle : merci de votre participation.\n");
        signature(mail, body);
        return new MailText("Rappel — " + subject(mail), body.toString());
    }

    private static String subject(CampaignMail mail) {
        return "Recensement " + mail.campaignName() + " : votre questionnaire";
    }

    private static void closing(CampaignMail mail, StringBuilder body) {
        if (mail.closesOn() != null) {
            body.append("\nDate limite de réponse : ")
                    .append(mail.closesOn().format(DAY))
                    .append(".\n");
        }
    }

    private static void steps(CampaignMail mail, StringBuilder body) {
        if (mail.passwordLink() != null) {
            body.append("\n1. Choisissez votre mot de passe en suivant ce lien personnel");
            if (mail.linkExpiresAt() != null) {
                body.append(" (il sert une seule fois, jusqu'au ")
                        .append(local(mail.linkExpiresAt()))
                        .append(")");
            }
            body.append(" :\n   ")
                    .append(mail.passwordLink())
                    .append("\n\n2. Connectez-vous ensuite avec votre adresse (")
                    .append(mail.email())
                    .append(") et ce mot de passe, puis remplissez le questionnaire :\n   ");
        } else {
            body.append("\nConnectez-vous avec votre adresse (")
                    .append(mail.email())
                    .append(") et votre mot de passe, puis remplissez le questionnaire :\n   ");
        }
        body.append(mail.responseUrl()).append('\n');
    }

    private static void signature(CampaignMail mail, StringBuilder body) {
        body.append("\n-- \nMutualis, pour ").append(mail.territoryName()).append('\n');
    }

    private static String local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PARIS).format(DAY_AND_TIME);
    }
}
