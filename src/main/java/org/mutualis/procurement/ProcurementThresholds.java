package org.mutualis.procurement;

import static java.math.BigDecimal.ZERO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.procurement.domain.Threshold;
import org.mutualis.procurement.domain.Thresholds;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.procurement.persistence.ThresholdStore;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.NotFoundException;
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

    ProcurementThresholds(ThresholdStore store) {
        this.store = store;
    }

    /** Inserts the shipped thresholds when the table is empty; does nothing otherwise. */
    @Transactional
    public int seedIfEmpty() {
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
        if (user.role() != Role.ADMIN) {
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
        return new ConflictException("Ce seuil a été modifié depuis que vous l’avez ouvert : rien n’a été"
                + " enregistré. Rechargez la page, puis refaites vos modifications.");
    }

    private ThresholdView find(long id) {
        return store.find(id).orElseThrow(ProcurementThresholds::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Ce seuil n’existe pas.");
    }

    private Threshold checked(ThresholdForm f, Long editedId) {
        List<Violation> v = new ArrayList<>();
        if (f.kind() == null) {
            v.add(new Violation("threshold.kind", "Type de marché : choisissez fournitures et services, ou travaux."));
        }
        if (f.amountHt() == null || f.amountHt().compareTo(ZERO) <= 0) {
            v.add(new Violation("threshold.amount", "Montant du seuil : il doit être positif (en € HT)."));
        }
        if (f.validFrom() == null) {
            v.add(new Violation("threshold.from", "Début de validité : la date est obligatoire."));
        } else if (f.validUntil() != null && f.validUntil().isBefore(f.validFrom())) {
            v.add(new Violation(
                    "threshold.dates",
                    "Fin de validité : le " + DATE.format(f.validUntil()) + " précède le début de validité ("
                            + DATE.format(f.validFrom()) + ")."));
        }
        if (f.legalSource() == null || f.legalSource().isBlank()) {
            v.add(new Violation(
                    "threshold.source",
                    "Source juridique : indiquez le texte qui fixe ce seuil (décret, avis, règlement)."));
        } else if (f.legalSource().strip().length() > SOURCE_LENGTH) {
            v.add(new Violation(
                    "threshold.source.length", "Source juridique : " + SOURCE_LENGTH + " caractères au plus."));
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
                v.add(new Violation(
                        "threshold.overlap",
                        "Période : elle chevauche le seuil " + other.kind().label() + " en vigueur du "
                                + DATE.format(other.validFrom())
                                + (other.validUntil() == null
                                        ? " sans date de fin"
                                        : " au " + DATE.format(other.validUntil()))
                                + " ; une date n’a qu’un seuil par type de marché."));
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
