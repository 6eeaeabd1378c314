package org.mutualis.census.mail;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The French text of the invitation and reminder e-mails, from a {@link MailTemplate}: plain Java, no Spring. */
public final class CampaignMails {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH'h'mm");

    private CampaignMails() {}

    public static MailText invitation(CampaignMail mail) {
        return render(MailTemplate.defaultOf(MailKind.INVITATION), mail);
    }

    public static MailText reminder(CampaignMail mail) {
        return render(MailTemplate.defaultOf(MailKind.REMINDER), mail);
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

    /** The e-mail a template gives for this correspondent. */
    public static MailText render(MailTemplate template, CampaignMail mail) {
        return template.render(values(mail));
    }

    /** What each placeholder of {@link MailTemplate#PLACEHOLDERS} says in this e-mail. */
    public static Map<String, String> values(CampaignMail mail) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MailTemplate.COLLECTIVITY, mail.collectivityName());
        values.put(MailTemplate.CAMPAIGN, mail.campaignName());
        values.put(MailTemplate.LINK, steps(mail));
        values.put(
                MailTemplate.CLOSES_ON,
                mail.closesOn() == null ? "" : mail.closesOn().format(DAY));
        values.put(MailTemplate.SENDER, mail.territoryName());
        return values;
    }

    private static String steps(CampaignMail mail) {
        StringBuilder body = new StringBuilder();
        if (mail.passwordLink() != null) {
            body.append("1. Choisissez votre mot de passe en suivant ce lien personnel");
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
            body.append("Connectez-vous avec votre adresse (")
                    .append(mail.email())
                    .append(") et votre mot de passe, puis remplissez le questionnaire :\n   ");
        }
        return body.append(mail.responseUrl()).toString();
    }

    private static String local(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(PARIS).format(DAY_AND_TIME);
    }
}
