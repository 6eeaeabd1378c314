package org.mutualis.census.cli;

import java.util.Arrays;
import java.util.List;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;

/** {@code infrastructure:2,telecom} → the questionnaires (a theme alone: its latest version). */
final class ThemeList {

    private ThemeList() {}

    static List<Questionnaire> parse(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ThemeList::one)
                .toList();
    }

    private static Questionnaire one(String item) {
        int colon = item.indexOf(':');
        if (colon < 0) {
            return Catalogue.latest(item);
        }
        return Catalogue.load(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1)));
    }
}
