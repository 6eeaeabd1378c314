package org.mutualis.census.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Collectivités' names compared as people write them in a file: accents, case, hyphens and
 * apostrophes aside, « St » for « Saint », and without a leading « CA », « Commune de », « Mairie
 * de »… — « St Martin des Champs » is Saint-Martin-des-Champs and « CA Morlaix Communauté » is
 * Morlaix Communauté, but « Loc-Eguiner » is not Loc-Eguiner-Saint-Thégonnec.
 */
public final class CollectivityNames {

    private static final Set<String> PREFIX_WORDS = Set.of("ca", "cc", "cu", "commune", "mairie", "ville");
    private static final Set<String> LINKS = Set.of("de", "d", "du", "des");

    private CollectivityNames() {}

    /** The name as it is compared. */
    public static String key(String name) {
        List<String> words =
                new ArrayList<>(Arrays.asList(FrenchLabels.fold(name).split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && PREFIX_WORDS.contains(words.get(0))) {
            words.remove(0);
            if (words.size() > 1 && LINKS.contains(words.get(0))) {
                words.remove(0);
            }
        }
        words.replaceAll(w -> switch (w) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            default -> w;
        });
        return String.join(" ", words);
    }

    /** Whether the two names name the same collectivité, as people write them. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
