package org.mutualis.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.analysis.domain.Strata;
import org.mutualis.analysis.domain.Stratum;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseStatuses;
import org.mutualis.census.ResponseView;

/**
 * Who has answered, per stratum: what makes the extrapolation hold. A stratum whose collectivités
 * have not yet submitted anything cannot be extrapolated, and the page says so. The strata are the
 * synthesis' (non-empty ones, in its order), counted by the database ({@link #counted}) without
 * computing the synthesis itself.
 */
public record FollowUp(List<Row> strata, Row total) {

    public record Row(String label, int members, Map<ResponseStatus, Integer> byStatus) {

        public int count(ResponseStatus status) {
            return byStatus.getOrDefault(status, 0);
        }

        /** Submitted or validated: what the synthesis counts. */
        public int counted() {
            return count(ResponseStatus.SUBMITTED) + count(ResponseStatus.VALIDATED);
        }

        public int percent() {
            return members == 0 ? 0 : Math.round(100f * counted() / members);
        }

        public boolean withoutRespondent() {
            return members > 0 && counted() == 0;
        }
    }

    /**
     * The follow-up from the counts per kind, population band and status the database gives: each
     * count placed in its stratum as the synthesis places its collectivités ({@link Strata}).
     */
    static FollowUp counted(List<Integer> thresholds, List<ResponseStatuses.Count> counts, String totalLabel) {
        Map<Integer, Map<ResponseStatus, Integer>> bySlot = new TreeMap<>();
        Map<ResponseStatus, Integer> all = new EnumMap<>(ResponseStatus.class);
        for (ResponseStatuses.Count c : counts) {
            int slot = Strata.slot(c.kind(), c.band(), thresholds);
            bySlot.computeIfAbsent(slot, k -> new EnumMap<>(ResponseStatus.class))
                    .merge(c.status(), c.count(), Integer::sum);
            all.merge(c.status(), c.count(), Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        bySlot.forEach((slot, byStatus) -> rows.add(new Row(Strata.label(slot, thresholds), sum(byStatus), byStatus)));
        return new FollowUp(List.copyOf(rows), new Row(totalLabel, sum(all), all));
    }

    private static int sum(Map<ResponseStatus, Integer> byStatus) {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The same from a synthesis' strata and every collectivité's status (what the counts must agree with). */
    static FollowUp fromStrata(List<Stratum> strata, List<ResponseView> responses, String totalLabel) {
        Map<String, ResponseStatus> statusByCode = responses.stream()
                .collect(Collectors.toMap(r -> r.collectivity().code(), ResponseView::status, (a, b) -> a));
        List<Row> rows = strata.stream()
                .map(s -> row(s.label(), s.memberCodes(), statusByCode::get))
                .toList();
        List<String> all =
                strata.stream().flatMap(s -> s.memberCodes().stream()).toList();
        return new FollowUp(rows, row(totalLabel, all, statusByCode::get));
    }

    private static Row row(String label, List<String> codes, Function<String, ResponseStatus> status) {
        Map<ResponseStatus, Integer> counts = new EnumMap<>(ResponseStatus.class);
        for (String code : codes) {
            ResponseStatus s = status.apply(code);
            counts.merge(s == null ? ResponseStatus.NOT_INVITED : s, 1, Integer::sum);
        }
        return new Row(label, codes.size(), counts);
    }
}
