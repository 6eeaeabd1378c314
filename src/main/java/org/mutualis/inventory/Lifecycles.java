package org.mutualis.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.domain.lifecycle.LifecycleEntry;
import org.mutualis.inventory.domain.lifecycle.LifecycleTable;
import org.mutualis.inventory.domain.lifecycle.LifecycleVerdict;
import org.mutualis.inventory.persistence.LifecycleStore;
import org.mutualis.inventory.persistence.LifecycleStore.LifecycleRow;
import org.mutualis.inventory.persistence.LifecycleStore.LifecycleValues;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instance's end-of-support table (one for the whole instance), each row with its source: read
 * by every signed-in person but the service centre's technicians, changed by the administrator only.
 * {@link #table()} and {@link #status} are for the module's services (exposure, renewal plan).
 */
@Service
public class Lifecycles {

    private final LifecycleStore store;
    private final Clock clock;
    private final InventoryAccess access;

    Lifecycles(LifecycleStore store, Clock clock, InventoryAccess access) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every row, by product and cycle, with its status today.
     *
     * @throws ForbiddenException for a technician
     */
    @Transactional(readOnly = true)
    public List<LifecycleView> list(CurrentUser user) {
        access.requireReader(user);
        LocalDate today = LocalDate.now(clock);
        return store.all().stream().map(r -> view(r, today)).toList();
    }

    /**
     * One row.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such row
     */
    @Transactional(readOnly = true)
    public LifecycleView get(long id, CurrentUser user) {
        access.requireReader(user);
        return find(id);
    }

    /** The whole table as it stands (for the module's services; no access check). */
    @Transactional(readOnly = true)
    public LifecycleTable table() {
        return new LifecycleTable(store.all().stream().map(Lifecycles::entry).toList());
    }

    /** A product's version's status on a date (for the module's services; no access check). */
    public LifecycleVerdict status(
            @Nullable String product, @Nullable String version, @Nullable String edition, LocalDate date) {
        return table().status(product, version, edition, date);
    }

    /**
     * A product's version's status on a date (today when none), for a reader.
     *
     * @throws ForbiddenException for a technician
     */
    public LifecycleVerdict status(
            @Nullable String product,
            @Nullable String version,
            @Nullable String edition,
            @Nullable LocalDate date,
            CurrentUser user) {
        access.requireReader(user);
        return status(product, version, edition, date == null ? LocalDate.now(clock) : date);
    }

    /** @throws ForbiddenException when this person is not the administrator */
    public void forAdding(CurrentUser user) {
        access.requireAdministrator(user);
    }

    /**
     * A row to change or delete.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such row
     */
    public LifecycleView forEdit(long id, CurrentUser user) {
        access.requireAdministrator(user);
        return find(id);
    }

    /**
     * Adds a row.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException with every wrong field (a product, cycle and edition already in the table)
     */
    @Transactional
    public LifecycleView add(LifecycleForm form, CurrentUser user) {
        access.requireAdministrator(user);
        long id = store.insert(checked(form, 0), user.displayName(), LocalDateTime.now(clock));
        return find(id);
    }

    /**
     * Changes a row with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such row
     * @throws RejectedException with every wrong field
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public LifecycleView update(long id, LifecycleForm form, CurrentUser user) {
        LifecycleView current = forEdit(id, user);
        LifecycleValues values = checked(form, id);
        long version = required(form.version());
        if (!store.update(id, values, user.displayName(), LocalDateTime.now(clock), version)) {
            throw new ConflictException("inventory.lifecycle.stale", current.product(), current.cycle());
        }
        return find(id);
    }

    /**
     * Deletes a row with the version read (the page asks for a confirmation first).
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such row
     * @throws RejectedException without a version
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public void delete(long id, @Nullable Long version, CurrentUser user) {
        LifecycleView current = forEdit(id, user);
        if (!store.delete(id, required(version))) {
            throw new ConflictException("inventory.lifecycle.stale", current.product(), current.cycle());
        }
    }

    private LifecycleValues checked(LifecycleForm form, long id) {
        List<Problem> problems = new ArrayList<>();
        String product = TypedTexts.required(problems, "product", "lifecycleForm.product", form.product(), 100);
        String cycle = TypedTexts.optional(problems, "cycle", "lifecycleForm.cycle", form.cycle(), 50);
        String edition = TypedTexts.optional(problems, "edition", "lifecycleForm.edition", form.edition(), 50);
        String source = TypedTexts.optional(problems, "sourceUrl", "lifecycleForm.sourceUrl", form.sourceUrl(), 1000);
        String note = TypedTexts.optional(problems, "note", "lifecycleForm.note", form.note(), 1000);
        if (source != null && !source.matches("(?i)https?://\\S+")) {
            problems.add(Problem.of("sourceUrl", "inventory.lifecycle.source.invalid"));
        }
        if (form.checkedOn() == null) {
            problems.add(Problem.of("checkedOn", "form.required", Text.of("lifecycleForm.checkedOn")));
        }
        if (form.endOfSupport() != null
                && form.extendedEnd() != null
                && form.extendedEnd().isBefore(form.endOfSupport())) {
            problems.add(Problem.of("extendedEnd", "inventory.lifecycle.extended.before"));
        }
        String p = product == null ? null : product.toLowerCase(Locale.ROOT);
        String c = cycle == null ? "" : cycle;
        String e = edition == null ? "" : edition.toLowerCase(Locale.ROOT);
        if (p != null && store.same(p, c, e, id).isPresent()) {
            problems.add(Problem.of("cycle", "inventory.lifecycle.twice", p, c, e));
        }
        TypedTexts.refuse(problems);
        return new LifecycleValues(
                Objects.requireNonNull(p),
                c,
                e,
                form.endOfSupport(),
                form.extendedEnd(),
                source,
                Objects.requireNonNull(form.checkedOn()),
                note);
    }

    private static long required(@Nullable Long version) {
        if (version == null) {
            throw new RejectedException(
                    List.of(Problem.of("version", "form.required", Text.of("lifecycleForm.version"))), "form.refused");
        }
        return version;
    }

    private LifecycleView find(long id) {
        return store.find(id)
                .map(r -> view(r, LocalDate.now(clock)))
                .orElseThrow(() -> new NotFoundException("inventory.lifecycle.notFound", id));
    }

    private static LifecycleEntry entry(LifecycleRow r) {
        return new LifecycleEntry(
                r.id(),
                r.product(),
                r.releaseCycle(),
                r.edition().isEmpty() ? null : r.edition(),
                r.endOfSupport(),
                r.extendedEnd(),
                r.sourceUrl(),
                r.checkedOn(),
                r.note());
    }

    private static LifecycleView view(LifecycleRow r, LocalDate today) {
        return new LifecycleView(
                r.id(),
                r.product(),
                r.releaseCycle(),
                r.edition().isEmpty() ? null : r.edition(),
                r.endOfSupport(),
                r.extendedEnd(),
                r.sourceUrl(),
                r.checkedOn(),
                r.note(),
                r.changedBy(),
                r.changedAt(),
                r.version(),
                LifecycleTable.statusOf(r.endOfSupport(), today));
    }
}
