package org.mutualis.servicefinance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.domain.sharing.SubscriptionClass;
import org.mutualis.servicefinance.persistence.SubscriptionClassStore;
import org.mutualis.servicefinance.persistence.SubscriptionClassStore.ClassRow;
import org.mutualis.servicefinance.persistence.SubscriptionClassStore.ScaleRow;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.FrenchDecimals;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size classes of the flat subscription (abonnement forfaitaire par strate), per territory and
 * year: each population range with its annual fee, which {@link Alternatives} compares with the
 * D5211-16 reimbursements. The classes of a year are saved together, checked together: every
 * problem at once — a class without label, bounds or fee, a lower bound above the upper one, a
 * negative fee, two classes overlapping, a gap between two classes (a commune in it would fit none).
 *
 * <p>Who may: the EPCI's administrator sets them; analysts and elected officials read; a
 * correspondent or a technician nothing (403).
 */
@Service
@Transactional(readOnly = true)
public class SubscriptionClasses {

    /** Classes a year may hold. */
    public static final int MAX_CLASSES = 50;

    /** The highest fee a class may have (numeric(14, 2)). */
    private static final BigDecimal MAX_FEE = new BigDecimal("999999999999.99");

    private final SubscriptionClassStore store;
    private final UnitCosts unitCosts;
    private final FinanceAccess access;
    private final Clock clock;

    SubscriptionClasses(SubscriptionClassStore store, UnitCosts unitCosts, FinanceAccess access, Clock clock) {
        this.store = store;
        this.unitCosts = unitCosts;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The territory's classes for the year (this year by default).
     *
     * @throws ForbiddenException for a correspondent or a technician
     * @throws NotFoundException when there is no such territory
     * @throws RejectedException (400) for a year out of 1900–2200
     */
    public SubscriptionClassesView of(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        access.requireTerritoryWide(user);
        TerritorySummary t = access.territory(territory, user);
        return view(t, unitCosts.year(year));
    }

    /**
     * The classes to change, for the administrator only (403 for anyone else before any lookup).
     *
     * @throws ForbiddenException when this person is not the administrator
     */
    public SubscriptionClassesView forEdit(@Nullable Long territory, @Nullable Integer year, CurrentUser user) {
        access.requireAdministrator(user);
        return of(territory, year, user);
    }

    /** The territory's classes for the year, in their order, as the comparison uses them (no access check). */
    public List<SubscriptionClass> classes(long territoryId, int year) {
        List<ClassRow> rows = store.classes(territoryId, year);
        List<SubscriptionClass> classes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ClassRow r = rows.get(i);
            classes.add(new SubscriptionClass(
                    "S" + (i + 1), r.label(), r.populationFrom(), r.populationTo(), r.annualFee()));
        }
        return classes;
    }

    /**
     * Sets the year's classes (blank rows ignored), replacing those set, with the version read
     * (none the first time).
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException (422) with every problem at once
     * @throws ConflictException when someone set or removed them since they were read
     */
    @Transactional
    public SubscriptionClassesView save(
            @Nullable Long territory, @Nullable Integer year, SubscriptionClassesForm form, CurrentUser user) {
        SubscriptionClassesView current = forEdit(territory, year, user);
        List<ClassRow> rows = checked(form.rows());
        if (!store.replace(current.territoryId(), current.year(), form.version(), rows, LocalDateTime.now(clock))) {
            throw stale(current);
        }
        return of(current.territoryId(), current.year(), user);
    }

    /**
     * Removes the year's classes (the comparison then says the subscription cannot be computed).
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when no class is set for the year
     * @throws ConflictException when someone changed them since they were read
     */
    @Transactional
    public void delete(@Nullable Long territory, @Nullable Integer year, long version, CurrentUser user) {
        SubscriptionClassesView current = forEdit(territory, year, user);
        if (!current.set()) {
            throw new NotFoundException("servicefinance.alternatives.classes.none", String.valueOf(current.year()));
        }
        if (!store.delete(current.territoryId(), current.year(), version)) {
            throw stale(current);
        }
    }

    private static ConflictException stale(SubscriptionClassesView current) {
        return new ConflictException("servicefinance.alternatives.classes.stale", String.valueOf(current.year()));
    }

    private SubscriptionClassesView of(long territoryId, int year, CurrentUser user) {
        return view(access.territory(territoryId, user), year);
    }

    private SubscriptionClassesView view(TerritorySummary t, int year) {
        ScaleRow scale = store.scale(t.id(), year).orElse(null);
        return new SubscriptionClassesView(
                t.id(),
                t.name(),
                year,
                classes(t.id(), year),
                scale == null ? null : scale.version(),
                scale == null ? null : scale.updatedAt(),
                store.yearBefore(t.id(), year).orElse(null));
    }

    /** The typed rows as classes ordered by lower bound, or every problem at once. */
    private static List<ClassRow> checked(@Nullable List<SubscriptionClassRow> typed) {
        List<Problem> problems = new ArrayList<>();
        record Numbered(int index, ClassRow row) {}
        List<Numbered> rows = new ArrayList<>();
        List<SubscriptionClassRow> all = typed == null ? List.of() : typed;
        for (int i = 0; i < all.size(); i++) {
            SubscriptionClassRow row = all.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String p = "rows[" + i + "].";
            String line = String.valueOf(i + 1);
            String label = TypedTexts.trimmed(row.label());
            if (label == null) {
                problems.add(
                        Problem.of(p + "label", "servicefinance.alternatives.classes.required", line, field("label")));
            } else if (label.length() > 200) {
                problems.add(Problem.of(p + "label", "servicefinance.alternatives.classes.tooLong", line, "200"));
            }
            Integer from = row.populationFrom();
            Integer to = row.populationTo();
            if (from == null) {
                problems.add(Problem.of(
                        p + "populationFrom",
                        "servicefinance.alternatives.classes.required",
                        line,
                        field("populationFrom")));
            } else if (from < 0) {
                problems.add(
                        Problem.of(p + "populationFrom", "servicefinance.alternatives.classes.negativeBound", line));
            }
            if (to != null && to < 0) {
                problems.add(Problem.of(p + "populationTo", "servicefinance.alternatives.classes.negativeBound", line));
            }
            if (from != null && to != null && from > to) {
                problems.add(Problem.of(
                        p + "populationTo",
                        "servicefinance.alternatives.classes.reversed",
                        line,
                        population(from),
                        population(to)));
            }
            BigDecimal fee = row.annualFee();
            if (fee == null) {
                problems.add(Problem.of(
                        p + "annualFee", "servicefinance.alternatives.classes.required", line, field("annualFee")));
            } else if (fee.signum() < 0) {
                problems.add(Problem.of(
                        p + "annualFee",
                        "servicefinance.alternatives.classes.negativeFee",
                        line,
                        label == null ? line : label));
            } else if (fee.scale() > 2 && fee.stripTrailingZeros().scale() > 2) {
                problems.add(Problem.of(p + "annualFee", "servicefinance.alternatives.classes.cents", line));
            } else if (fee.compareTo(MAX_FEE) > 0) {
                problems.add(Problem.of(p + "annualFee", "servicefinance.alternatives.classes.feeTooLarge", line));
            }
            if (label != null && label.length() <= 200 && from != null && from >= 0 && fee != null) {
                rows.add(new Numbered(
                        i, new ClassRow(label, from, to, fee.setScale(2, java.math.RoundingMode.HALF_UP))));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.of("rows", "servicefinance.alternatives.classes.empty"));
        }
        if (rows.size() > MAX_CLASSES) {
            problems.add(
                    Problem.of("rows", "servicefinance.alternatives.classes.tooMany", String.valueOf(MAX_CLASSES)));
        }
        rows.sort(Comparator.comparingInt((Numbered n) -> n.row().populationFrom())
                .thenComparingInt(Numbered::index));
        for (int k = 1; k < rows.size(); k++) {
            ClassRow before = rows.get(k - 1).row();
            Numbered next = rows.get(k);
            Integer end = before.populationTo();
            String field = "rows[" + next.index() + "].populationFrom";
            if (end == null || next.row().populationFrom() <= end) {
                problems.add(Problem.of(
                        field,
                        "servicefinance.alternatives.classes.overlap",
                        next.row().label(),
                        before.label()));
            } else if (next.row().populationFrom() > end + 1L) {
                problems.add(Problem.of(
                        field,
                        "servicefinance.alternatives.classes.gap",
                        before.label(),
                        next.row().label(),
                        population(end + 1),
                        population(next.row().populationFrom() - 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "servicefinance.alternatives.classes.refused");
        }
        return rows.stream().map(Numbered::row).toList();
    }

    private static Text field(String name) {
        return Text.of("subscriptionClassRow." + name);
    }

    private static String population(int value) {
        return FrenchDecimals.format(BigDecimal.valueOf(value));
    }
}
