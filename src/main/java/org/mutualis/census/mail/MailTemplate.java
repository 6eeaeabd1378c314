package org.mutualis.census.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of a census e-mail, a subject and a body with placeholders in braces ({@code
 * {collectivite}}), and how it is filled in. A line holding a placeholder whose value is empty
 * (no closing date) is left out. Plain Java, no Spring.
 */
public record MailTemplate(String subject, String body) {

    /** The collectivité's name. */
    public static final String COLLECTIVITY = "collectivite";
    /** The campaign's name. */
    public static final String CAMPAIGN = "campagne";
    /** The personal links: choosing a password when the person has none yet, then the questionnaire. */
    public static final String LINK = "lien";
    /** The closing date, dd/MM/yyyy; empty when the campaign has none. */
    public static final String CLOSES_ON = "date_limite";
    /** Who sends it: the territory (the EPCI). */
    public static final String SENDER = "expediteur";

    /** Every placeholder a template may use, in the order the editor lists them. */
    public static final List<String> PLACEHOLDERS = List.of(COLLECTIVITY, CAMPAIGN, LINK, CLOSES_ON, SENDER);

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{0,40})}");

    /** Today's French texts: what a territory's e-mails say until it writes its own. */
    public static MailTemplate defaultOf(MailKind kind) {
        return switch (kind) {
            case INVITATION -> new MailTemplate("Recensement {campagne} : votre questionnaire", """
                        Bonjour,

                        Vous êtes invité(e) à répondre, pour la collectivité « {collectivite} », au recensement « {campagne} » mené par {expediteur}.

                        Date limite de réponse : {date_limite}.

                        {lien}

                        Le lien de ce message est personnel : ne le transférez pas. Si ce message ne vous est pas destiné, ignorez-le et prévenez l'EPCI.

                        --\s
                        Mutualis, pour {expediteur}
                        """);
            case REMINDER -> new MailTemplate("Rappel — Recensement {campagne} : votre questionnaire", """
                        Bonjour,

                        Sauf erreur de notre part, la réponse de la collectivité « {collectivite} » au recensement « {campagne} » mené par {expediteur} ne nous est pas encore parvenue.

                        Date limite de réponse : {date_limite}.

                        {lien}

                        Chaque réponse rend la synthèse du territoire plus fidèle : merci de votre participation.

                        --\s
                        Mutualis, pour {expediteur}
                        """);
        };
    }

    /** The placeholders used in subject or body that are not in {@link #PLACEHOLDERS}, as written. */
    public Set<String> unknownPlaceholders() {
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : List.of(subject, body)) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    unknown.add("{" + m.group(1) + "}");
                }
            }
        }
        return unknown;
    }

    /** The e-mail, every placeholder replaced by its value; a subject never spans lines. */
    public MailText render(Map<String, String> values) {
        String filledSubject =
                fill(subject, values).replaceAll("\\s*\\R\\s*", " ").strip();
        StringBuilder out = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").split("\n", -1)) {
            if (holdsAnEmptyValue(line, values)) {
                continue;
            }
            out.append(fill(line, values)).append('\n');
        }
        // A left-out line leaves no hole of two blank lines; the text ends with one line break.
        String text = out.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
        return new MailText(filledSubject, text);
    }

    private static boolean holdsAnEmptyValue(String line, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(line);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value != null && value.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
