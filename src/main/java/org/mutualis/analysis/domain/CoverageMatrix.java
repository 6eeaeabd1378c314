package org.mutualis.analysis.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.AnswerValue;

/**
 * Builds the software coverage matrix from the "Progiciels & sites" answers: which publisher
 * covers which functional domain in which collectivité, which publishers cover the most, and
 * where collectivités already converge on one publisher.
 *
 * <p>Publishers are typed by hand by each correspondent, so they are grouped by a normalised name:
 * case, accents, hyphens and spacing do not separate "Berger-Levrault" from "berger levrault".
 */
public final class CoverageMatrix {

    private CoverageMatrix() {}

    /** {@link #of} when only publishers are known. */
    public static SoftwareCoverage ofPublishers(
            List<String> domains, Map<String, String> collectivities, Map<String, Map<String, String>> publishers) {
        Map<String, Map<String, SoftwareAnswer>> answers = new LinkedHashMap<>();
        publishers.forEach((code, byDomain) -> {
            Map<String, SoftwareAnswer> row = new LinkedHashMap<>();
            byDomain.forEach((domain, publisher) -> row.put(domain, new SoftwareAnswer(publisher, null)));
            answers.put(code, row);
        });
        return of(domains, collectivities, answers);
    }

    /**
     * @param domains the functional domains, in the questionnaire's order (the matrix's rows)
     * @param collectivities code → name, in the territory's order (the matrix's columns); a
     *     collectivité without answers gets an empty column
     * @param answers by collectivité code, then by domain; a blank publisher is an empty cell
     * @throws IllegalArgumentException when a domain is listed twice, or an answer names a domain or
     *     a collectivité not listed
     */
    public static SoftwareCoverage of(
            List<String> domains,
            Map<String, String> collectivities,
            Map<String, Map<String, SoftwareAnswer>> answers) {
        validate(domains, collectivities, answers);
        List<CoverageRow> rows = new ArrayList<>(domains.size());
        Map<String, Publisher> publishers = new LinkedHashMap<>();
        List<Convergence> convergences = new ArrayList<>();
        for (String domain : domains) {
            List<CoverageCell> cells = new ArrayList<>(collectivities.size());
            Map<String, List<String>> sharing = new LinkedHashMap<>();
            for (String code : collectivities.keySet()) {
                SoftwareAnswer answer = answers.getOrDefault(code, Map.of()).get(domain);
                CoverageCell cell = cell(code, answer);
                cells.add(cell);
                String key = cell.publisherKey();
                if (key != null && cell.publisher() != null) {
                    publishers.computeIfAbsent(key, k -> new Publisher()).add(cell.publisher(), domain, code);
                    sharing.computeIfAbsent(key, k -> new ArrayList<>()).add(code);
                }
            }
            rows.add(new CoverageRow(domain, List.copyOf(cells)));
            List<Convergence> groups = new ArrayList<>();
            sharing.forEach((key, codes) -> {
                if (codes.size() > 1) {
                    groups.add(new Convergence(domain, key, publishers.get(key).name(), List.copyOf(codes)));
                }
            });
            groups.sort(Comparator.comparingInt(
                            (Convergence c) -> c.collectivityCodes().size())
                    .reversed());
            convergences.addAll(groups);
        }
        return new SoftwareCoverage(
                List.copyOf(domains),
                Collections.unmodifiableMap(new LinkedHashMap<>(collectivities)),
                List.copyOf(rows),
                ranked(publishers, List.copyOf(collectivities.keySet())),
                List.copyOf(convergences));
    }

    /** Lower case, no accents, every run of non-alphanumerics as one space: the grouping key. */
    public static String normalise(String publisher) {
        String withoutAccents =
                Normalizer.normalize(publisher, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static CoverageCell cell(String code, @Nullable SoftwareAnswer answer) {
        if (answer == null) {
            return new CoverageCell(code, null, null, null, false);
        }
        String publisher = answer.publisher().strip();
        if (publisher.equalsIgnoreCase(AnswerValue.NC)) {
            return new CoverageCell(code, null, answer.product(), null, true);
        }
        String key = normalise(publisher);
        if (key.isEmpty()) {
            return new CoverageCell(code, null, answer.product(), null, false);
        }
        return new CoverageCell(code, publisher, answer.product(), key, false);
    }

    private static List<PublisherCoverage> ranked(Map<String, Publisher> publishers, List<String> territoryOrder) {
        List<PublisherCoverage> ranked = new ArrayList<>(publishers.size());
        publishers.forEach((key, p) -> {
            List<String> codes = new ArrayList<>(territoryOrder);
            codes.retainAll(p.collectivities);
            ranked.add(new PublisherCoverage(key, p.name(), List.copyOf(p.domains), List.copyOf(codes)));
        });
        ranked.sort(Comparator.comparingInt(PublisherCoverage::domainCount)
                .thenComparingInt(PublisherCoverage::collectivityCount)
                .reversed()
                .thenComparing(PublisherCoverage::key));
        return List.copyOf(ranked);
    }

    /** One publisher while the matrix is read: its spellings, domains and collectivités. */
    private static final class Publisher {
        private final Map<String, Integer> spellings = new LinkedHashMap<>();
        private final Set<String> domains = new LinkedHashSet<>();
        private final Set<String> collectivities = new HashSet<>();

        void add(String spelling, String domain, String code) {
            spellings.merge(spelling, 1, Integer::sum);
            domains.add(domain);
            collectivities.add(code);
        }

        /** The most used spelling; the first met wins a tie, the map keeping insertion order. */
        String name() {
            String best = "";
            int most = 0;
            for (Map.Entry<String, Integer> e : spellings.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }

    private static void validate(
            List<String> domains,
            Map<String, String> collectivities,
            Map<String, Map<String, SoftwareAnswer>> answers) {
        Set<String> known = new HashSet<>();
        for (String domain : domains) {
            if (!known.add(domain)) {
                throw new IllegalArgumentException("domain listed twice: " + domain);
            }
        }
        answers.forEach((code, byDomain) -> {
            if (!collectivities.containsKey(code)) {
                throw new IllegalArgumentException("answers from a collectivité not listed: " + code);
            }
            for (String domain : byDomain.keySet()) {
                if (!known.contains(domain)) {
                    throw new IllegalArgumentException(code + " answered a domain not listed: " + domain);
                }
            }
        });
    }
}
