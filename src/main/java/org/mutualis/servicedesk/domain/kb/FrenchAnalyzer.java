package org.mutualis.servicedesk.domain.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * French text to search terms, the same for the articles and the queries, so that both databases
 * run one plain query on the stored terms: lower case, accents and ligatures removed ({@code
 * Réseaux} → {@code reseaux}), elisions split ({@code l’imprimante}), French stop words dropped,
 * then a light stemming that folds plurals and most feminine forms ({@code réseaux}, {@code
 * réseau} → {@code reseau}; {@code imprimantes}, {@code imprimante} → {@code imprimant}; {@code
 * messageries} → {@code messageri}). A term is a search key, not a word to show.
 *
 * <p>Light on purpose (plurals and gender, no derivation): « imprimer » and « imprimante » stay
 * apart, which keeps the suggestions precise. Never throws, whatever the text.
 */
public final class FrenchAnalyzer {

    /** The longest term kept (the column's size); longer words are cut. */
    public static final int MAX_TERM = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Articles, pronouns, prepositions, conjunctions and auxiliaries, without accents. */
    private static final Set<String> STOP_WORDS = Set.of(
            "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles", "en", "et",
            "eux", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui", "ma", "mais", "me", "meme", "mes",
            "moi", "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa",
            "se", "ses", "son", "sur", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous",
            "est", "sont", "ete", "etre", "avoir", "ai", "as", "a", "ont", "suis", "es", "sommes", "etes", "y", "ni",
            "si", "comme", "plus", "tres", "sans", "sous", "chez", "lors", "donc", "or", "car", "quand", "cela", "ca",
            "ceci", "celui", "celle", "ceux", "celles", "dont", "quoi", "tout", "tous", "toute", "toutes");

    private FrenchAnalyzer() {}

    /** The text's terms in their order of appearance, repeats kept; nothing for null or blank. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = folded.substring(start, i);
                start = -1;
                if (word.length() < 2 || STOP_WORDS.contains(word)) {
                    continue;
                }
                String term = stem(word);
                if (term.length() > MAX_TERM) {
                    term = term.substring(0, MAX_TERM);
                }
                terms.add(term);
            }
        }
        return terms;
    }

    /** The distinct terms of a query, at most {@code limit}, in their order. */
    public static List<String> queryTerms(String query, int limit) {
        Set<String> distinct = new LinkedHashSet<>(terms(query));
        return distinct.stream().limit(Math.max(0, limit)).toList();
    }

    /**
     * Each term of a title and a body with its weight: a title's occurrence weighs {@code
     * titleWeight}, a body's 1; a term's weight is capped at {@code cap} so that a repeated word
     * does not bury the others.
     */
    public static Map<String, Integer> weights(String title, String body, int titleWeight, int cap) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String term : terms(title)) {
            weights.merge(term, titleWeight, Integer::sum);
        }
        for (String term : terms(body)) {
            weights.merge(term, 1, Integer::sum);
        }
        weights.replaceAll((term, weight) -> Math.min(weight, cap));
        return weights;
    }

    /** Lower case, no accents, no ligatures: {@code Œuvre Réseaux} → {@code oeuvre reseaux}. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * Plurals, then the feminine: {@code -eaux} → {@code -eau}, {@code -aux} → {@code -al}, final
     * {@code -s} or {@code -x} dropped; {@code -trice} → {@code -teur}, {@code -euse} → {@code -eur},
     * {@code -ive} → {@code -if}, {@code -elle} → {@code -el}, {@code -enne} → {@code -en}, {@code
     * -ere} → {@code -er}, {@code -ee} → {@code -e}, then a final {@code -e} dropped. Short words are left alone.
     */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("eaux")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.length() > 4 && w.endsWith("aux")) {
            w = w.substring(0, w.length() - 2) + "l";
        } else if (w.length() > 3 && (w.endsWith("x") || (w.endsWith("s") && !w.endsWith("ss")))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 6 && w.endsWith("trice")) {
            w = w.substring(0, w.length() - 4) + "eur";
        } else if (w.length() > 5 && w.endsWith("euse")) {
            w = w.substring(0, w.length() - 2) + "r";
        } else if (w.length() > 4 && w.endsWith("ive")) {
            w = w.substring(0, w.length() - 2) + "f";
        } else if (w.length() > 5 && (w.endsWith("elle") || w.endsWith("enne"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && w.endsWith("ere")) {
            w = w.substring(0, w.length() - 2) + "r";
        } else if (w.length() > 4 && w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
