package org.mutualis.servicedesk.mail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of a reply: the text above the first line that introduces the quoted earlier
 * message (« Le … a écrit : », "On … wrote:", « -----Message d’origine----- », "-----Original
 * Message-----", an Outlook header block « De : … / Envoyé : … »), and without the quoted lines
 * ("> …") that end it. When nothing is left (a reply written below the quote), the whole text is kept.
 */
final class QuotedReplies {

    private static final Pattern WROTE = Pattern.compile(
            "^\\s*(Le|On)\\s(?=.*\\d).{3,300}\\s(a\\s+[ée]crit|wrote)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile(
            "^\\s*-{2,}\\s*(Original\\s+Message|Message\\s+d[’']origine|Message\\s+original|Forwarded\\s+message"
                    + "|Message\\s+transf[ée]r[ée])\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM =
            Pattern.compile("^\\s*\\*?(De|From)\\s*\\*?\\s*:.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_NEXT = Pattern.compile(
            "^\\s*\\*?(Envoy[ée]|Sent|Date|[ÀA]|To|Objet|Subject)\\s*\\*?\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");

    private QuotedReplies() {}

    static String trim(String text) {
        List<String> lines = Arrays.asList(text.split("\\R", -1));
        int cut = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (introducesQuote(lines, i)) {
                cut = i;
                break;
            }
        }
        int end = cut;
        while (end > 0
                && (lines.get(end - 1).isBlank()
                        || lines.get(end - 1).stripLeading().startsWith(">"))) {
            end--;
        }
        String kept = String.join("\n", lines.subList(0, end)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static boolean introducesQuote(List<String> lines, int i) {
        String line = lines.get(i);
        if (WROTE.matcher(line).matches() || ORIGINAL.matcher(line).matches()) {
            return true;
        }
        // « Le lun. 3 mars 2025 à 10:02, Marie <marie@…> a » / « écrit : », wrapped by the mailer.
        if (i + 1 < lines.size()
                && line.length() < 300
                && WROTE.matcher(line + " " + lines.get(i + 1).strip()).matches()) {
            return true;
        }
        if (RULE.matcher(line).matches()
                && i + 1 < lines.size()
                && HEADER_FROM.matcher(lines.get(i + 1)).matches()) {
            return true;
        }
        return HEADER_FROM.matcher(line).matches()
                && i + 1 < lines.size()
                && HEADER_NEXT.matcher(lines.get(i + 1)).matches();
    }
}
