package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.servicefinance.domain.ServiceForm;
import org.mutualis.servicefinance.domain.UnitOfOperation;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A territory's service catalogue: opened with the study's services, each with its unit of
 * operation and the desk category it maps to; changed, retired and reinstated by the EPCI's
 * administrator only; read by its territory, not by technicians. The territory's choice of form.
 */
@MutualisDbTest
class ServiceCatalogueTests {

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    CurrentUser admin;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    private CatalogueServiceView named(String label) {
        return catalogue.services(territory.id()).stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aNewCatalogueHoldsTheStudysServicesWithTheirUnitsAndTheDesksCategories() {
        CatalogueView view = catalogue.catalogue(territory.id(), admin);

        assertThat(view.services()).hasSize(10);
        assertThat(view.services())
                .extracting(CatalogueServiceView::label)
                .contains(
                        "Sauvegarde mutualisée des données",
                        "Applications métiers hébergées",
                        "Serveurs bureautiques mutualisés",
                        "Assistance de premier niveau et hotline",
                        "Mise à jour du site internet",
                        "Support technique",
                        "Formation des utilisateurs relais",
                        "Services extranet : gestion de courrier et agenda collaboratif");
        CatalogueServiceView backup = named("Sauvegarde mutualisée des données");
        assertThat(backup.unit()).isEqualTo(UnitOfOperation.GIGABYTE_STORED);
        assertThat(backup.categoryLabel()).isEqualTo("Sauvegarde mutualisée");
        assertThat(named("Formation des utilisateurs relais").unit()).isEqualTo(UnitOfOperation.TRAINING_DAY);
        assertThat(named("Serveurs bureautiques mutualisés").categoryId()).isNull();
        assertThat(view.targets()).hasSize(6);
        // Opened once: the same services the second time.
        assertThat(catalogue.catalogue(territory.id(), admin).services())
                .extracting(CatalogueServiceView::id)
                .isEqualTo(
                        view.services().stream().map(CatalogueServiceView::id).toList());
    }

    @Test
    void aCorrespondentReadsTheirTerritorysCatalogueATechnicianNothing() {
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        CurrentUser correspondent = TestUsers.correspondentOf(botsorhel);

        assertThat(catalogue.catalogue(null, correspondent).territoryId()).isEqualTo(territory.id());
        assertThat(catalogue
                        .service(named("Support technique").id(), correspondent)
                        .label())
                .isEqualTo("Support technique");
        assertThatThrownBy(() -> catalogue.catalogue(territory.id(), TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheAdministratorAddsAndChangesAServiceAndAStaleVersionOverwritesNothing() {
        CatalogueServiceForm form =
                new CatalogueServiceForm("Visioconférence", null, UnitOfOperation.SITE, null, null, null, null);
        assertThatThrownBy(() -> catalogue.add(territory.id(), form, TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> catalogue.add(territory.id(), form, TestUsers.someone(Role.ELECTED)))
                .isInstanceOf(ForbiddenException.class);

        CatalogueServiceView added = catalogue.add(territory.id(), form, admin);
        assertThat(added.unit()).isEqualTo(UnitOfOperation.SITE);
        assertThat(added.hours()).isNull();

        CatalogueServiceForm changed = new CatalogueServiceForm(
                "Visioconférence", "Salles équipées", UnitOfOperation.SITE, null, null, "MON-FRI 09:00-17:00", 0L);
        CatalogueServiceView saved = catalogue.update(added.id(), changed, admin);
        assertThat(saved.hours()).isEqualTo("MON-FRI 09:00-17:00");
        assertThatThrownBy(() -> catalogue.update(added.id(), changed, admin)).isInstanceOf(ConflictException.class);
        assertThat(catalogue.find(added.id()).description()).isEqualTo("Salles équipées");
    }

    @Test
    void aServiceWithoutNameOrUnitATwinNameOrAnotherCentresCategoryIsRefusedFieldByField() {
        RejectedException refused =
                (RejectedException) org.assertj.core.api.Assertions.catchThrowable(() -> catalogue.add(
                        territory.id(),
                        new CatalogueServiceForm(" ", null, null, 987654321L, null, null, null),
                        admin));

        assertThat(refused.problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("label", "unit", "categoryId");
        assertThatThrownBy(() -> catalogue.add(
                        territory.id(),
                        new CatalogueServiceForm(
                                "support technique", null, UnitOfOperation.TICKET, null, null, null, null),
                        admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::code)
                                .containsExactly("servicefinance.service.twice"));
        assertThat(catalogue.services(territory.id())).hasSize(10);
    }

    @Test
    void aRetiredServiceStaysInTheCatalogueLastAndCanBeOfferedAgain() {
        CatalogueServiceView support = named("Support technique");

        assertThatThrownBy(() -> catalogue.retire(support.id(), TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);
        catalogue.retire(support.id(), admin);

        List<CatalogueServiceView> services = catalogue.services(territory.id());
        assertThat(services.get(services.size() - 1).label()).isEqualTo("Support technique");
        assertThat(services.get(services.size() - 1).retired()).isTrue();
        assertThat(catalogue.reinstate(support.id(), admin).retired()).isFalse();
        assertThatThrownBy(() -> catalogue.retire(987654321L, admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAdministratorChoosesAFormOfEachStageAndTheReminderDays() {
        FinanceSettingsView settings = catalogue.settings(territory.id(), admin);
        assertThat(settings.pairForm()).isNull();
        assertThat(settings.reminderDays()).isEqualTo(90);

        assertThatThrownBy(() -> catalogue.updateSettings(
                        territory.id(),
                        new FinanceSettingsForm(ServiceForm.COMMUNES_SUBSCRIPTION, null, null, 90, 0L),
                        admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("pairForm"));
        assertThatThrownBy(() -> catalogue.updateSettings(
                        territory.id(), new FinanceSettingsForm(null, null, null, 0, 0L), admin))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> catalogue.updateSettings(
                        territory.id(),
                        new FinanceSettingsForm(null, null, null, 60, 0L),
                        TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);

        FinanceSettingsView saved = catalogue.updateSettings(
                territory.id(),
                new FinanceSettingsForm(
                        ServiceForm.PAIR_COMMON_SERVICE,
                        ServiceForm.COMMUNES_SUBSCRIPTION,
                        "Choix du comité de pilotage",
                        60,
                        0L),
                admin);
        assertThat(saved.pairForm()).isEqualTo(ServiceForm.PAIR_COMMON_SERVICE);
        assertThat(saved.communesForm()).isEqualTo(ServiceForm.COMMUNES_SUBSCRIPTION);
        assertThat(catalogue.reminderDays(territory.id())).isEqualTo(60);
        assertThatThrownBy(() -> catalogue.updateSettings(
                        territory.id(), new FinanceSettingsForm(null, null, null, 30, 0L), admin))
                .isInstanceOf(ConflictException.class);
    }
}
