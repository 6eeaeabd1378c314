package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TargetUnit;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A territory's service centre: created with the study's services, hours and targets; its
 * settings changed by the administrator only, with a version check; its technicians, who alone
 * besides the administrator are its agents; read by its territory only.
 */
@MutualisDbTest
class ServiceCentresTests {

    @Autowired
    ServiceCentres centres;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    ProcurementFixture.Loaded t;
    CurrentUser admin;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    @Test
    void aNewCentreHasTheStudysServicesHoursAndTargets() {
        ServiceCentres.CentreView centre = centres.ofTerritory(t.territory().id());

        assertThat(centre.openingHours()).isEqualTo(ServiceCentres.DEFAULT_HOURS);
        assertThat(centres.categories(centre.id()))
                .extracting(ServiceCentres.CategoryView::label)
                .contains(
                        "Imprimantes et copieurs",
                        "Plateforme régionale d’e-administration",
                        "Mise à jour du site internet");
        assertThat(centres.targets(centre.id())).containsOnlyKeys(Priority.values());
        assertThat(centres.ofTerritory(t.territory().id()).id()).isEqualTo(centre.id());
    }

    @Test
    void onlyTheAdministratorChangesTheSettingsAndAStaleVersionOverwritesNothing() {
        ServiceCentres.CentreView centre = centres.ofTerritory(t.territory().id());
        CentreForm form = new CentreForm("CSIP", "support@example.org", "mon-fri 08:00-12:00 14:00-17:00", 80);

        assertThatThrownBy(() -> centres.update(centre.id(), form, centre.version(), TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);
        ServiceCentres.CentreView saved = centres.update(centre.id(), form, centre.version(), admin);
        assertThat(saved.openingHours()).isEqualTo("MON-FRI 08:00-12:00 14:00-17:00");
        assertThat(saved.mailbox()).isEqualTo("support@example.org");

        assertThatThrownBy(() -> centres.update(centre.id(), form, centre.version(), admin))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> centres.update(
                        centre.id(), new CentreForm("CSIP", null, "tous les jours", 80), saved.version(), admin))
                .isInstanceOf(RejectedException.class);
        assertThat(centres.find(centre.id()).openingHours()).isEqualTo("MON-FRI 08:00-12:00 14:00-17:00");
    }

    @Test
    void closuresAndTargetsAreCheckedBeforeTheyAreKept() {
        long centre = centres.ofTerritory(t.territory().id()).id();

        assertThatThrownBy(() -> centres.addClosure(
                        centre, new ClosureForm(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 14), "Pont"), admin))
                .isInstanceOf(RejectedException.class);
        centres.addClosure(
                centre,
                new ClosureForm(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 15), "Pont de l’Ascension"),
                admin);
        assertThat(centres.closures(centre))
                .extracting(ServiceCentres.ClosureView::label)
                .containsExactly("Pont de l’Ascension");

        assertThatThrownBy(() -> centres.putTarget(
                        centre,
                        Priority.HIGH,
                        new TargetForm(2, TargetUnit.BUSINESS_DAYS, 4, TargetUnit.BUSINESS_HOURS),
                        admin))
                .isInstanceOf(RejectedException.class);
        centres.putTarget(
                centre,
                Priority.HIGH,
                new TargetForm(2, TargetUnit.BUSINESS_HOURS, 1, TargetUnit.BUSINESS_DAYS),
                admin);
        assertThat(centres.targets(centre).get(Priority.HIGH).resolveUnit()).isEqualTo(TargetUnit.BUSINESS_DAYS);
    }

    @Test
    void techniciansAreAgentsOfTheirCentreOnlyAndOnlyTechniciansCanBeAdded() {
        long centre = centres.ofTerritory(t.territory().id()).id();
        CurrentUser technician = TestUsers.create(accounts, Role.TECHNICIAN);
        CurrentUser elsewhere = TestUsers.create(accounts, Role.TECHNICIAN);
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);

        centres.addAgent(centre, technician.id(), admin);
        assertThatThrownBy(() -> centres.addAgent(centre, analyst.id(), admin)).isInstanceOf(RejectedException.class);

        assertThat(centres.isAgent(technician, centre)).isTrue();
        assertThat(centres.isAgent(elsewhere, centre)).isFalse();
        assertThat(centres.isAgent(admin, centre)).isTrue();
        assertThat(centres.isAgent(analyst, centre)).isFalse();
        assertThat(centres.forUser(null, technician).id()).isEqualTo(centre);
        assertThatThrownBy(() -> centres.forUser(null, elsewhere)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centres.readable(centre, elsewhere)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCorrespondentReadsTheirTerritorysCentreOnly() {
        long centre = centres.ofTerritory(t.territory().id()).id();
        CurrentUser own = TestUsers.correspondentOf(t.id(StudyCodes.BOTSORHEL));

        assertThat(centres.readable(centre, own).id()).isEqualTo(centre);
        assertThat(centres.mayFollow(own, centre, t.id(StudyCodes.BOTSORHEL))).isTrue();
        assertThat(centres.mayFollow(own, centre, t.id(StudyCodes.PLOUGONVEN))).isFalse();
    }
}
