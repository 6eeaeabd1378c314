package org.mutualis.census.files;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;

/**
 * The French words a person reads and picks in a workbook for the stored answer codes: « Oui » for
 * {@code oui}, « Quotidienne » for {@code daily}, « En ligne (SaaS) » for {@code saas}. The stored
 * codes do not change; a workbook shows the labels and reads back labels and codes alike, in any
 * case and with or without accents (« oui », « OUI », « yes », « Hebdomadaire », « weekly »).
 */
public final class FrenchLabels {

    /** The label of each choice code of the catalogue; a code without one shows as itself. */
    private static final Map<String, String> CHOICES = Map.ofEntries(
            Map.entry("yes", "Oui"),
            Map.entry("no", "Non"),
            Map.entry("partial", "Partiel"),
            Map.entry("daily", "Quotidienne"),
            Map.entry("weekly", "Hebdomadaire"),
            Map.entry("monthly", "Mensuelle"),
            Map.entry("none", "Aucune"),
            Map.entry("adsl", "ADSL"),
            Map.entry("sdsl", "SDSL"),
            Map.entry("fibre", "Fibre optique"),
            Map.entry("4g", "4G ou 5G"),
            Map.entry("other", "Autre"),
            Map.entry("local", "Sur place (serveur de la mairie)"),
            Map.entry("hosted", "Hébergé chez un prestataire"),
            Map.entry("saas", "En ligne (SaaS)"));

    /** How « non communiqué » reads in a drop-down: the code itself, which the import also reads. */
    public static final String NC = AnswerValue.NC;

    private FrenchLabels() {}

    /** The label of a stored answer text of this indicator (a yes/no or a choice), else the text. */
    public static String label(Indicator indicator, String stored) {
        if (stored.equals(AnswerValue.NC)) {
            return NC;
        }
        return switch (indicator.aggregation()) {
            case YES_NO ->
                switch (stored) {
                    case "oui" -> "Oui";
                    case "non" -> "Non";
                    default -> stored;
                };
            case CHOICE -> CHOICES.getOrDefault(stored, stored);
            default -> stored;
        };
    }

    /** The labels a drop-down offers for this indicator, in the catalogue's order, NC last if allowed. */
    public static List<String> labels(Indicator indicator, boolean allowsNc) {
        List<String> labels = new ArrayList<>();
        if (indicator.aggregation() == Aggregation.YES_NO) {
            labels.addAll(List.of("Oui", "Non"));
        } else if (indicator.aggregation() == Aggregation.CHOICE) {
            indicator.choices().forEach(c -> labels.add(label(indicator, c)));
        }
        if (!labels.isEmpty() && allowsNc) {
            labels.add(NC);
        }
        return labels;
    }

    /**
     * The stored code a cell means: a choice's label (any case, accents or not) gives its code; any
     * other text comes back as it was, for the answer reader to accept (a code, « yes », « oui »)
     * or refuse with its own message.
     */
    public static String toCode(Indicator indicator, String cell) {
        if (indicator.aggregation() != Aggregation.CHOICE) {
            return cell;
        }
        String key = fold(cell);
        if (key.isEmpty()) {
            return cell;
        }
        for (String code : indicator.choices()) {
            if (folded(label(indicator, code)).equals(key) || folded(code).equals(key)) {
                return code;
            }
        }
        return cell;
    }

    /**
     * A text compared as people mean it: no accents, lower case, punctuation and runs of spaces
     * as one space ({@code « Loc-Éguiner »} and {@code « loc eguiner »} are the same).
     */
    public static String fold(String text) {
        String plain = isAscii(text)
                ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT).replace("œ", "oe"))
                .replaceAll(" ")
                .strip();
    }

    /** Accents once a text is decomposed. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What is neither a letter nor a digit. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The catalogue's choice codes and labels folded once: a file's cell is compared with each of
     * its column's choices (a national file has hundreds of thousands of cells).
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private static String folded(String constant) {
        return FOLDED.computeIfAbsent(constant, FrenchLabels::fold);
    }

    /** A text without accents to remove (nothing to decompose). */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
