package org.mutualis.census.mail;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The French text of the invitation and reminder e-mails: plain Java, no Spring. */
public final class CampaignMails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH'h'mm");

    private CampaignMails() {}

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

    /** The acknowledgement of a transmitted response, with its summary and links. */
    public static MailText receipt(ReceiptMail mail) {
        StringBuilder body = new StringBuilder("Bonjour,\n\n")
                .append("La réponse de la collectivité « ")
                .append(mail.collectivityName())
                .append(" » au recensement « ")
                .append(mail.campaignName())
                .append(" » a bien été transmise à ")
                .append(mail.territoryName())
                .append(" le ")
                .append(mail.at().format(DAY_AND_TIME))
                .append(", par ")
                .append(mail.transmittedBy())
                .append(".\n\nRésumé :\n- questions renseignées : ")
                .append(mail.answered())
                .append(" sur ")
                .append(mail.questions())
                .append("\n- état de la réponse : ")
                .append(mail.status())
                .append('\n');
        if (mail.closesOn() != null) {
            body.append("- date limite de la campagne : ")
                    .append(mail.closesOn().format(DAY))
                    .append('\n');
        }
        body.append("\nL'EPCI va contrôler la réponse ; il vous la renverra avec un commentaire si une correction")
                .append(" est nécessaire.\n\nVoir la réponse :\n   ")
                .append(mail.responseUrl())
                .append("\nTélécharger une copie (PDF) :\n   ")
                .append(mail.pdfUrl())
                .append('\n');
        body.append("\n-- \nMutualis, pour ").append(mail.territoryName()).append('\n');
        return new MailText(
                "Recensement " + mail.campaignName() + " : réponse de " + mail.collectivityName() + " transmise",
                body.toString());
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
