package org.mutualis.savings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.savings.domain.SizeClass;
import org.mutualis.savings.domain.SizeClasses;
import org.mutualis.savings.persistence.SizeClassStore;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.InputProblem;
import org.mutualis.shared.error.InvalidInputException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size classes savings are broken down by, per territory. Until the staff set them, a
 * territory has the default ones: the study's (0–1,500, 1,501–5,000, Morlaix with Morlaix
 * Communauté) where Morlaix and its EPCI are members, otherwise 0–1,500, 1,501–5,000, above 5,000,
 * and the EPCI on its own.
 */
@Service
public class SizeClassSettings {

    private static final String MORLAIX = "29151";
    private static final String MORLAIX_COMMUNAUTE = "242900835";

    private final SizeClassStore store;
    private final Territories territories;
    private final TerritoryScope scope;

    SizeClassSettings(SizeClassStore store, Territories territories, TerritoryScope scope) {
        this.store = store;
        this.territories = territories;
        this.scope = scope;
    }

    /** The territory's classes, as set by the staff or by default. */
    public SizeClasses of(long territoryId) {
        List<SizeClass> stored = store.of(territoryId);
        return stored.isEmpty() ? defaults(territoryId) : new SizeClasses(stored);
    }

    /** Whether the territory's classes are the defaults (nothing saved yet). */
    public boolean defaulted(long territoryId) {
        return store.of(territoryId).isEmpty();
    }

    /**
     * Replaces the territory's classes; blank rows are ignored, no row at all brings the defaults
     * back.
     *
     * @throws InvalidInputException naming the row and field of every problem; nothing is saved
     */
    @Transactional
    public SizeClasses save(long territoryId, List<SizeClassRow> rows, CurrentUser user) {
        Offers.requireStaff(user);
        scope.requireReadable(territoryId, user);
        Set<String> known = territories.collectivities(territoryId).stream()
                .map(CollectivityView::code)
                .collect(Collectors.toSet());
        List<InputProblem> problems = new ArrayList<>();
        List<SizeClass> classes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        int line = 0;
        for (SizeClassRow row : rows) {
            line++;
            if (row.blank()) {
                continue;
            }
            SizeClass parsed = parse(line, row, known, problems);
            if (parsed != null && !codes.add(parsed.code())) {
                problems.add(InputProblem.of(
                        "row" + line,
                        "savings.sizeClass.line",
                        String.valueOf(line),
                        Text.of("savings.sizeClass.code.taken", parsed.code())));
            } else if (parsed != null) {
                classes.add(parsed);
            }
        }
        checkOverlaps(classes, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.replace(territoryId, classes);
        return of(territoryId);
    }

    private static @Nullable SizeClass parse(
            int line, SizeClassRow row, Set<String> known, List<InputProblem> problems) {
        String where = String.valueOf(line);
        int before = problems.size();
        String code = row.code() == null ? "" : row.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            problems.add(
                    InputProblem.of("row" + line, "savings.sizeClass.line", where, Text.of("savings.sizeClass.code")));
        }
        String label = row.label() == null ? "" : row.label().trim();
        if (label.isEmpty() || label.length() > 200) {
            problems.add(
                    InputProblem.of("row" + line, "savings.sizeClass.line", where, Text.of("savings.sizeClass.label")));
        }
        Integer min = population(row.minPopulation(), Text.of("savings.sizeClass.min"), line, problems);
        Integer max = population(row.maxPopulation(), Text.of("savings.sizeClass.max"), line, problems);
        if (min != null && max != null && min > max) {
            problems.add(InputProblem.of(
                    "row" + line,
                    "savings.sizeClass.line",
                    where,
                    Text.of("savings.sizeClass.minMax", String.valueOf(min), String.valueOf(max))));
        }
        Set<String> named = row.collectivityCodes() == null
                ? Set.of()
                : Arrays.stream(row.collectivityCodes().split("[,;\\s]+"))
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String c : named) {
            if (!known.contains(c)) {
                problems.add(InputProblem.of(
                        "row" + line, "savings.sizeClass.line", where, Text.of("savings.sizeClass.unknown", c)));
            }
        }
        if (min == null && max == null && named.isEmpty()) {
            problems.add(
                    InputProblem.of("row" + line, "savings.sizeClass.line", where, Text.of("savings.sizeClass.empty")));
        }
        return problems.size() > before ? null : new SizeClass(code, label, min, max, named);
    }

    private static @Nullable Integer population(
            @Nullable Integer value, Text label, int line, List<InputProblem> problems) {
        if (value != null && value < 0) {
            problems.add(InputProblem.of(
                    "row" + line,
                    "savings.sizeClass.line",
                    String.valueOf(line),
                    Text.of("savings.sizeClass.negative", label)));
            return null;
        }
        return value;
    }

    /** Two population ranges may not overlap: a commune would belong to both. */
    private static void checkOverlaps(List<SizeClass> classes, List<InputProblem> problems) {
        for (int i = 0; i < classes.size(); i++) {
            for (int j = i + 1; j < classes.size(); j++) {
                SizeClass a = classes.get(i);
                SizeClass b = classes.get(j);
                if ((a.minPopulation() == null && a.maxPopulation() == null)
                        || (b.minPopulation() == null && b.maxPopulation() == null)) {
                    continue;
                }
                long aMin = a.minPopulation() == null ? 0 : a.minPopulation();
                long aMax = a.maxPopulation() == null ? Long.MAX_VALUE : a.maxPopulation();
                long bMin = b.minPopulation() == null ? 0 : b.minPopulation();
                long bMax = b.maxPopulation() == null ? Long.MAX_VALUE : b.maxPopulation();
                if (aMin <= bMax && bMin <= aMax) {
                    problems.add(InputProblem.of("overlap", "savings.sizeClass.overlap", a.code(), b.code()));
                }
            }
        }
    }

    private SizeClasses defaults(long territoryId) {
        List<CollectivityView> members = territories.collectivities(territoryId);
        Set<String> codes = members.stream().map(CollectivityView::code).collect(Collectors.toSet());
        if (codes.contains(MORLAIX) && codes.contains(MORLAIX_COMMUNAUTE)) {
            return SizeClasses.study();
        }
        Set<String> epci = members.stream()
                .filter(c -> c.kind() != CollectivityKind.COMMUNE)
                .map(CollectivityView::code)
                .collect(Collectors.toSet());
        return new SizeClasses(List.of(
                SizeClass.byPopulation("0-1500", "0 à 1 500 habitants", 0, 1500),
                SizeClass.byPopulation("1501-5000", "1 501 à 5 000 habitants", 1501, 5000),
                new SizeClass("5001+", "Plus de 5 000 habitants", 5001, null, Set.of()),
                SizeClass.named("EPCI", "EPCI et autres organismes", epci)));
    }
}
