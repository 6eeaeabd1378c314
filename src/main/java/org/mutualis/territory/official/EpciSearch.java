package org.mutualis.territory.official;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mutualis.territory.EpciChoice;
import org.mutualis.territory.domain.Codes;

/**
 * Finds EPCI by SIREN (or its beginning) or by words of the name, ignoring case, accents and
 * hyphens: people type "morlaix communaute" or "pays d'iroise", not the official spelling.
 */
public final class EpciSearch {

    private record Entry(EpciChoice choice, String folded) {}

    private final List<Entry> entries;

    public EpciSearch(List<EpciChoice> choices) {
        this.entries = choices.stream()
                .map(c -> new Entry(c, " " + Codes.fold(c.name()) + " "))
                .sorted(Comparator.comparing(Entry::folded))
                .toList();
    }

    public List<EpciChoice> find(String query, int limit) {
        String q = query.trim();
        if (q.isEmpty()) {
            return List.of();
        }
        String digits = q.replace(" ", "");
        if (digits.chars().allMatch(Character::isDigit)) {
            return entries.stream()
                    .map(Entry::choice)
                    .filter(c -> c.siren().startsWith(digits))
                    .limit(limit)
                    .toList();
        }
        String[] words = Codes.fold(q).split(" ");
        return entries.stream()
                .filter(e -> matchesAll(e.folded(), words))
                // Names where a word starts with the query come before those that merely contain it.
                .sorted(Comparator.comparing((Entry e) -> !e.folded().contains(" " + words[0])))
                .map(Entry::choice)
                .limit(limit)
                .toList();
    }

    public Optional<EpciChoice> bySiren(String siren) {
        return entries.stream()
                .map(Entry::choice)
                .filter(c -> c.siren().equals(siren))
                .findFirst();
    }

    private static boolean matchesAll(String folded, String[] words) {
        for (String word : words) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
