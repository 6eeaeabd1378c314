package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.census.mail.CaughtMails;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.CentreForm;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The renewal reminders by e-mail: the conventions due within the reminder days are named in one
 * message to the service centre's address, once per renewal date; a territory whose centre has no
 * address gets none (its page lists them).
 */
@MutualisDbTest
@TestPropertySource(properties = "mutualis.mail.catcher=true")
class RenewalRemindersTests {

    @Autowired
    RenewalReminders reminders;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    CaughtMails caught;

    @Autowired
    Clock clock;

    private long mailsTo(String address, CurrentUser admin) {
        return caught.all(admin).stream().filter(m -> m.to().equals(address)).count();
    }

    @Test
    void theCentresAddressIsRemindedOnceOfEachConventionDueAndNotOfTheOthers() {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        TerritorySummary territory = TrainingFixture.territory(territories);
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        long plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        long service = catalogue.services(territory.id()).get(0).id();
        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, today.minusYears(3).plusDays(20), 3, service, "5"),
                admin);
        conventions.create(
                territory.id(), FinanceFixture.convention(plougonven, today.minusYears(1), 3, service, "5"), admin);
        ServiceCentres.CentreView centre = centres.ofTerritory(territory.id());
        String address = "csip-" + territory.referenceYear() + "@morlaix.example";
        centres.update(
                centre.id(),
                new CentreForm(centre.name(), address, centre.openingHours(), 75),
                centre.version(),
                admin);

        assertThat(reminders.send()).isGreaterThanOrEqualTo(1);
        var mails =
                caught.all(admin).stream().filter(m -> m.to().equals(address)).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).body()).contains("Botsorhel").doesNotContain("Plougonven");
        assertThat(mails.get(0).subject()).isEqualTo("Conventions à renouveler (1)");

        reminders.send();
        assertThat(mailsTo(address, admin)).isEqualTo(1);
    }

    @Test
    void withoutAnAddressNobodyIsWrittenToAndTheConventionIsRemindedOnceThereIsOne() {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        TerritorySummary territory = TrainingFixture.territory(territories);
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        long service = catalogue.services(territory.id()).get(0).id();
        conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, today.minusYears(2).plusDays(5), 2, service, "5"),
                admin);
        int before = caught.all(admin).size();

        reminders.send();
        assertThat(caught.all(admin)).hasSize(before);

        ServiceCentres.CentreView centre = centres.ofTerritory(territory.id());
        String address = "csip-" + territory.referenceYear() + "-b@morlaix.example";
        centres.update(
                centre.id(),
                new CentreForm(centre.name(), address, centre.openingHours(), 75),
                centre.version(),
                admin);
        reminders.send();
        assertThat(mailsTo(address, admin)).isEqualTo(1);
    }
}
