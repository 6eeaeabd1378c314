package org.mutualis.analysis.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The collectivités' rankings as given: checked before {@link Priorities} aggregates them. */
final class Rankings {

    private Rankings() {}

    /** Ranks given to several objectives at once, per collectivité, in the questionnaire's order. */
    static List<SharedRank> sharedRanks(List<String> objectives, Map<String, Map<String, Integer>> ranks) {
        List<SharedRank> shared = new ArrayList<>();
        ranks.forEach((code, given) -> {
            Map<Integer, List<String>> byRank = new TreeMap<>();
            for (String objective : objectives) {
                Integer rank = given.get(objective);
                if (rank != null) {
                    byRank.computeIfAbsent(rank, r -> new ArrayList<>()).add(objective);
                }
            }
            byRank.forEach((rank, same) -> {
                if (same.size() > 1) {
                    shared.add(new SharedRank(code, rank, List.copyOf(same)));
                }
            });
        });
        return List.copyOf(shared);
    }

    static void validate(List<String> objectives, Map<String, Map<String, Integer>> ranks) {
        Set<String> known = new HashSet<>();
        for (String objective : objectives) {
            if (!known.add(objective)) {
                throw new IllegalArgumentException("objective listed twice: " + objective);
            }
        }
        ranks.forEach((code, given) -> given.forEach((objective, rank) -> {
            if (!known.contains(objective)) {
                throw new IllegalArgumentException(code + " ranked an objective not listed: " + objective);
            }
            if (rank < 1 || rank > objectives.size()) {
                throw new IllegalArgumentException(
                        code + " gave rank " + rank + " to " + objective + ", outside 1.." + objectives.size());
            }
        }));
    }
}
