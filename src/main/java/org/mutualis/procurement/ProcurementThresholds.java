package org.mutualis.procurement;

import static java.math.BigDecimal.ZERO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.Threshold;
import org.mutualis.procurement.domain.Thresholds;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.procurement.persistence.ThresholdStore;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.instances.InstanceLocks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated formal-procedure thresholds, in the database so that an administrator enters the next
 * ones when the European Commission publishes them. Seeded from {@link Thresholds#fromClasspath()}
 * when empty; one threshold per kind and date.
 */
@Service
@Transactional(readOnly = true)
public class ProcurementThresholds {

    public static final int SOURCE_LENGTH = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ThresholdStore store;
    private final InstanceLocks locks;

    ProcurementThresholds(ThresholdStore store, InstanceLocks locks) {
        this.store = store;
        this.locks = locks;
    }

    /**
     * Inserts the shipped thresholds when the table is empty; does nothing otherwise. Instances
     * starting together seed once: the others wait for the lock, then find the table filled.
     */
    @Transactional
    public int seedIfEmpty() {
        locks.hold("threshold-seeding");
        if (store.count() > 0) {
            return 0;
        }
        List<Threshold> shipped = Thresholds.fromClasspath().all();
        shipped.forEach(store::insert);
        return shipped.size();
    }

    /** The thresholds the rules judge procurements with. */
    public Thresholds current() {
        return new Thresholds(store.all().stream().map(ThresholdView::toCore).toList());
    }

    /** Every threshold, by kind and date: public information for every signed-in user. */
    public List<ThresholdView> all() {
        return store.all();
    }

    /** @throws AccessDeniedException unless the user is an administrator */
    public ThresholdView get(long id, CurrentUser user) {
        requireAdmin(user);
        return find(id);
    }

    /** @throws AccessDeniedException unless the user is an administrator */
    public void requireAdmin(CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new AccessDeniedException("Seul un administrateur modifie les seuils de procédure.");
        }
    }

    /** @throws ProcurementException with every problem in French; nothing is saved */
    @Transactional
    public ThresholdView create(ThresholdForm form, CurrentUser user) {
        requireAdmin(user);
        long id = store.insert(checked(form, null));
        return find(id);
    }

    /** @throws ConflictException when the threshold changed since it was read */
    @Transactional
    public ThresholdView update(long id, ThresholdForm form, long expectedVersion, CurrentUser user) {
        requireAdmin(user);
        ThresholdView current = find(id);
        // A stale version is a conflict whatever was typed: the user must first see the new one.
        if (current.version() != expectedVersion) {
            throw conflict();
        }
        if (!store.update(id, expectedVersion, checked(form, id))) {
            throw conflict();
        }
        return find(id);
    }

    @Transactional
    public void delete(long id, CurrentUser user) {
        requireAdmin(user);
        if (!store.delete(id)) {
            throw notFound();
        }
    }

    private static ConflictException conflict() {
        return new ConflictException("procurement.threshold.conflict");
    }

    private ThresholdView find(long id) {
        return store.find(id).orElseThrow(ProcurementThresholds::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("procurement.threshold.notfound");
    }

    /** Digits before the decimal point of {@code amount_ht numeric(14, 2)}. */
    static final int AMOUNT_DIGITS = 12;

    private Threshold checked(ThresholdForm f, Long editedId) {
        List<Violation> v = new ArrayList<>();
        if (f.kind() == null) {
            v.add(Violation.of("threshold.kind", "procurement.threshold.kind"));
        }
        if (f.amountHt() == null || f.amountHt().compareTo(ZERO) <= 0) {
            v.add(Violation.of("threshold.amount", "procurement.threshold.amount"));
        }
        if (f.amountHt() != null && f.amountHt().precision() - f.amountHt().scale() > AMOUNT_DIGITS) {
            v.add(Violation.of(
                    "threshold.amount.digits", "procurement.threshold.amount.digits", String.valueOf(AMOUNT_DIGITS)));
        }
        if (f.validFrom() == null) {
            v.add(Violation.of("threshold.from", "procurement.threshold.from"));
        } else if (f.validUntil() != null && f.validUntil().isBefore(f.validFrom())) {
            v.add(Violation.of(
                    "threshold.dates",
                    "procurement.threshold.dates",
                    DATE.format(f.validUntil()),
                    DATE.format(f.validFrom())));
        }
        if (f.legalSource() == null || f.legalSource().isBlank()) {
            v.add(Violation.of("threshold.source", "procurement.threshold.source"));
        } else if (f.legalSource().strip().length() > SOURCE_LENGTH) {
            v.add(Violation.of(
                    "threshold.source.length", "procurement.threshold.source.length", String.valueOf(SOURCE_LENGTH)));
        }
        if (!v.isEmpty()) {
            throw new ProcurementException(v);
        }
        Threshold threshold = new Threshold(
                f.kind(),
                f.amountHt(),
                f.validFrom(),
                f.validUntil(),
                f.legalSource().strip());
        for (ThresholdView other : store.all()) {
            if (editedId != null && other.id() == editedId) {
                continue;
            }
            if (overlaps(threshold, other)) {
                v.add(
                        (other.validUntil() == null
                                ? Violation.of(
                                        "threshold.overlap",
                                        "procurement.threshold.overlap.open",
                                        other.kind().word(),
                                        DATE.format(other.validFrom()))
                                : Violation.of(
                                        "threshold.overlap",
                                        "procurement.threshold.overlap",
                                        other.kind().word(),
                                        DATE.format(other.validFrom()),
                                        DATE.format(other.validUntil()))));
            }
        }
        if (!v.isEmpty()) {
            throw new ProcurementException(v);
        }
        return threshold;
    }

    private static boolean overlaps(Threshold t, ThresholdView o) {
        LocalDate oTo = o.validUntil();
        boolean thisBefore = t.to() != null && t.to().isBefore(o.validFrom());
        boolean otherBefore = oTo != null && oTo.isBefore(t.from());
        return t.kind() == o.kind() && !thisBefore && !otherBefore;
    }
}
