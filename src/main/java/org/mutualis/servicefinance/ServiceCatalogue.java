package org.mutualis.servicefinance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicefinance.domain.ServiceForm;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.servicefinance.persistence.CatalogueStore;
import org.mutualis.servicefinance.persistence.CatalogueStore.ServiceRow;
import org.mutualis.servicefinance.persistence.CatalogueStore.ServiceValues;
import org.mutualis.servicefinance.persistence.CatalogueStore.SettingsRow;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.error.TypedTexts;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.TerritorySummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The service catalogue of each territory (the study's services, seeded the first time anyone opens
 * it) and the territory's choices (the form of the service at stages 3 and 4, the renewal
 * reminder's days). The EPCI's administrator changes them; everyone of the territory but the
 * centre's technicians reads them.
 */
@Service
@Transactional(readOnly = true)
public class ServiceCatalogue {

    /** The reminder's days until the administrator changes them. */
    public static final int DEFAULT_REMINDER_DAYS = 90;

    private final CatalogueStore store;
    private final CatalogueOpening opening;
    private final FinanceAccess access;
    private final ServiceCentres centres;

    ServiceCatalogue(CatalogueStore store, CatalogueOpening opening, FinanceAccess access, ServiceCentres centres) {
        this.store = store;
        this.opening = opening;
        this.access = access;
        this.centres = centres;
    }

    /**
     * The catalogue this person reads (a correspondent: their territory's; the others: the requested
     * territory's, or the first), opened with the study's services on first use.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public CatalogueView catalogue(@Nullable Long territory, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        return catalogueOf(t);
    }

    private CatalogueView catalogueOf(TerritorySummary t) {
        opened(t.id());
        ServiceCentres.CentreView centre = centres.ofTerritory(t.id());
        return new CatalogueView(
                t.id(),
                t.name(),
                services(t.id()),
                centre.id(),
                centre.openingHours(),
                centres.targets(centre.id()).values().stream()
                        .sorted(Comparator.comparing((ServiceCentres.Target x) -> x.priority())
                                .reversed())
                        .toList(),
                centres.categories(centre.id()));
    }

    /**
     * The territory's services, active ones first in the catalogue's order, then the retired ones;
     * for other services (no access check), opened on first use.
     */
    @Transactional
    public List<CatalogueServiceView> services(long territoryId) {
        opened(territoryId);
        List<CatalogueServiceView> all = new ArrayList<>();
        List<ServiceRow> rows = store.services(territoryId);
        rows.stream().filter(r -> !r.retired()).map(ServiceCatalogue::view).forEach(all::add);
        rows.stream().filter(ServiceRow::retired).map(ServiceCatalogue::view).forEach(all::add);
        return all;
    }

    /**
     * One service of the catalogue, for someone of its territory.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such service, or it is another territory's
     */
    public CatalogueServiceView service(long serviceId, CurrentUser user) {
        access.requireReader(user);
        CatalogueServiceView service = find(serviceId);
        access.requireTerritory(service.territoryId(), user, "servicefinance.service.notfound", serviceId);
        return service;
    }

    /**
     * A service to change, for the administrator: 403 for anyone else before any lookup.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such service
     */
    public CatalogueServiceView forEdit(long serviceId, CurrentUser user) {
        access.requireAdministrator(user);
        return find(serviceId);
    }

    /** @throws NotFoundException when there is no such service */
    public CatalogueServiceView find(long serviceId) {
        return store.service(serviceId)
                .map(ServiceCatalogue::view)
                .orElseThrow(() -> new NotFoundException("servicefinance.service.notfound", String.valueOf(serviceId)));
    }

    /**
     * The territory the administrator adds to (the requested one, or the first).
     *
     * @throws ForbiddenException when this person is not the administrator
     */
    @Transactional
    public TerritorySummary forAdding(@Nullable Long territory, CurrentUser user) {
        access.requireAdministrator(user);
        TerritorySummary t = access.territory(territory, user);
        opened(t.id());
        return t;
    }

    /**
     * Adds a service to the territory's catalogue.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException with every wrong field (label, unit, category, sizes)
     */
    @Transactional
    public CatalogueServiceView add(@Nullable Long territory, CatalogueServiceForm form, CurrentUser user) {
        TerritorySummary t = forAdding(territory, user);
        ServiceValues values = checked(t.id(), form, null);
        List<ServiceRow> existing = store.services(t.id());
        String code = "s" + (existing.size() + 1);
        while (codeTaken(existing, code)) {
            code = code + "b";
        }
        long id = store.insert(t.id(), code, existing.size(), values);
        return find(id);
    }

    private static boolean codeTaken(List<ServiceRow> rows, String code) {
        return rows.stream().anyMatch(r -> r.code().equals(code));
    }

    /**
     * Changes a service with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such service
     * @throws RejectedException with every wrong field
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public CatalogueServiceView update(long serviceId, CatalogueServiceForm form, CurrentUser user) {
        CatalogueServiceView current = forEdit(serviceId, user);
        ServiceValues values = checked(current.territoryId(), form, current);
        if (form.version() == null) {
            throw new RejectedException(
                    List.of(Problem.of("version", "form.required", Text.of("catalogueServiceForm.version"))),
                    "form.refused");
        }
        if (!store.update(serviceId, values, form.version())) {
            throw new ConflictException("servicefinance.service.stale", current.label());
        }
        return find(serviceId);
    }

    /**
     * Retires a service: it stays on the conventions that subscribe to it, no new convention may.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such service
     */
    @Transactional
    public CatalogueServiceView retire(long serviceId, CurrentUser user) {
        forEdit(serviceId, user);
        store.retire(serviceId, true);
        return find(serviceId);
    }

    /**
     * Offers a retired service again.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws NotFoundException when there is no such service
     */
    @Transactional
    public CatalogueServiceView reinstate(long serviceId, CurrentUser user) {
        forEdit(serviceId, user);
        store.retire(serviceId, false);
        return find(serviceId);
    }

    private ServiceValues checked(long territoryId, CatalogueServiceForm form, @Nullable CatalogueServiceView current) {
        List<Problem> problems = new ArrayList<>();
        String label = TypedTexts.required(problems, "label", "catalogueServiceForm.label", form.label(), 200);
        String description = TypedTexts.optional(
                problems, "description", "catalogueServiceForm.description", form.description(), 2000);
        String sla = TypedTexts.optional(problems, "slaText", "catalogueServiceForm.slaText", form.slaText(), 500);
        String hours = TypedTexts.optional(problems, "hours", "catalogueServiceForm.hours", form.hours(), 500);
        UnitOfOperation unit = form.unit();
        if (unit == null) {
            problems.add(Problem.of("unit", "form.required", Text.of("catalogueServiceForm.unit")));
        }
        Long category = form.categoryId();
        if (category != null) {
            long centre = centres.ofTerritory(territoryId).id();
            if (centres.categories(centre).stream().noneMatch(c -> c.id() == category)) {
                problems.add(Problem.of("categoryId", "servicefinance.service.category.unknown"));
            }
        }
        if (label != null) {
            String l = label;
            boolean twice = store.services(territoryId).stream()
                    .anyMatch(s -> s.label().equalsIgnoreCase(l) && (current == null || s.id() != current.id()));
            if (twice) {
                problems.add(Problem.of("label", "servicefinance.service.twice", l));
            }
        }
        TypedTexts.refuse(problems);
        return new ServiceValues(
                Objects.requireNonNull(label),
                description,
                Objects.requireNonNull(unit).name(),
                category,
                sla,
                hours);
    }

    /**
     * The territory's choices as this person reads them.
     *
     * @throws ForbiddenException for a technician
     * @throws NotFoundException when there is no such territory
     */
    @Transactional
    public FinanceSettingsView settings(@Nullable Long territory, CurrentUser user) {
        TerritorySummary t = access.territory(territory, user);
        return settingsOf(t);
    }

    /** The territory's choices, for other services (no access check). */
    @Transactional
    public FinanceSettingsView settingsOf(TerritorySummary t) {
        opened(t.id());
        SettingsRow row = store.settings(t.id()).orElseThrow();
        return new FinanceSettingsView(
                t.id(),
                t.name(),
                form(row.pairForm()),
                form(row.communesForm()),
                row.formNote(),
                row.reminderDays(),
                row.version());
    }

    /** The reminder's days of a territory (90 until changed). */
    @Transactional
    public int reminderDays(long territoryId) {
        opened(territoryId);
        return store.settings(territoryId).map(SettingsRow::reminderDays).orElse(DEFAULT_REMINDER_DAYS);
    }

    /**
     * Saves the territory's choices with the version read.
     *
     * @throws ForbiddenException when this person is not the administrator
     * @throws RejectedException when a form is of the wrong stage, the days out of 1–3650
     * @throws ConflictException when someone changed them since they were read
     */
    @Transactional
    public FinanceSettingsView updateSettings(@Nullable Long territory, FinanceSettingsForm form, CurrentUser user) {
        access.requireAdministrator(user);
        TerritorySummary t = access.territory(territory, user);
        opened(t.id());
        List<Problem> problems = new ArrayList<>();
        if (form.pairForm() != null && form.pairForm().stage() != 3) {
            problems.add(Problem.of("pairForm", "servicefinance.settings.stage", "3"));
        }
        if (form.communesForm() != null && form.communesForm().stage() != 4) {
            problems.add(Problem.of("communesForm", "servicefinance.settings.stage", "4"));
        }
        String note = TypedTexts.optional(problems, "formNote", "financeSettingsForm.formNote", form.formNote(), 2000);
        Integer days = form.reminderDays();
        if (days == null) {
            problems.add(Problem.of("reminderDays", "form.required", Text.of("financeSettingsForm.reminderDays")));
        } else if (days < 1) {
            problems.add(Problem.of("reminderDays", "form.min", Text.of("financeSettingsForm.reminderDays"), "1"));
        } else if (days > 3650) {
            problems.add(Problem.of("reminderDays", "form.max", Text.of("financeSettingsForm.reminderDays"), "3650"));
        }
        if (form.version() == null) {
            problems.add(Problem.of("version", "form.required", Text.of("financeSettingsForm.version")));
        }
        TypedTexts.refuse(problems);
        boolean saved = store.updateSettings(
                t.id(),
                form.pairForm() == null ? null : form.pairForm().name(),
                form.communesForm() == null ? null : form.communesForm().name(),
                note,
                Objects.requireNonNull(days),
                Objects.requireNonNull(form.version()));
        if (!saved) {
            throw new ConflictException("servicefinance.settings.stale");
        }
        return settingsOf(t);
    }

    /** Opens the territory's catalogue if nobody has yet, in a transaction that may write. */
    void opened(long territoryId) {
        if (store.settings(territoryId).isPresent()) {
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            try {
                opening.openApart(territoryId);
            } catch (DuplicateKeyException e) {
                // Someone opened it at the same moment: theirs is the catalogue.
            }
        } else {
            opening.open(territoryId);
        }
    }

    private static @Nullable ServiceForm form(@Nullable String name) {
        return name == null ? null : ServiceForm.valueOf(name);
    }

    static CatalogueServiceView view(ServiceRow row) {
        return new CatalogueServiceView(
                row.id(),
                row.territoryId(),
                row.code(),
                row.label(),
                row.description(),
                UnitOfOperation.valueOf(row.unit()),
                row.categoryId(),
                row.categoryLabel(),
                row.slaText(),
                row.hours(),
                row.retired(),
                row.version(),
                row.conventions());
    }
}
