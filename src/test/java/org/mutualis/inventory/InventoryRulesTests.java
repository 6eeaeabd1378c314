package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.InventorySection;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.inventory.domain.OperatingSystem;
import org.mutualis.inventory.domain.rules.DeviceType;
import org.mutualis.inventory.domain.rules.OsFamily;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.inventory.domain.rules.RuleKind;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instance's rules as the administrator edits them: read by all but technicians, changed by the
 * administrator only, a wrong pattern refused on its field, a stale version refused, and every
 * change applied to the next classification.
 */
@MutualisDbTest
class InventoryRulesTests {

    @Autowired
    InventoryRules rules;

    @Autowired
    Accounts accounts;

    CurrentUser admin;
    List<Long> added = new java.util.ArrayList<>();

    @BeforeEach
    void users() {
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    @AfterEach
    void removeWhatWasAdded() {
        for (long id : added) {
            try {
                RuleView r = rules.get(id, admin);
                rules.delete(id, (long) r.version(), admin);
            } catch (NotFoundException gone) {
                // deleted by the test
            }
        }
    }

    static InventoryReport haiku(String chassis) {
        return new InventoryReport(
                InventorySource.GLPI_JSON,
                "pc-1",
                null,
                false,
                Set.of(InventorySection.values()),
                "pc",
                null,
                null,
                "Dell Inc.",
                "OptiPlex",
                chassis,
                "Physical",
                null,
                null,
                null,
                new OperatingSystem("Haiku", "Haiku R1/beta5", "R1", null, "hrev57937", null, null, null),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
    }

    private RuleView add(RuleKind kind, int position, RuleField field, String pattern, String result, String product) {
        RuleView rule = rules.add(
                new RuleForm(
                        kind,
                        position,
                        field,
                        pattern,
                        result,
                        product,
                        product == null ? null : "$1",
                        true,
                        "test",
                        null),
                admin);
        added.add(rule.id());
        return rule;
    }

    @Test
    void theSeededRulesClassifyAWindows10By22H2ItsBuild() {
        InventoryReport report = new InventoryReport(
                InventorySource.OCS_XML,
                "pc-2",
                null,
                false,
                Set.of(InventorySection.values()),
                "pc",
                null,
                null,
                "HP",
                "HP EliteBook 840 G7",
                "Notebook",
                "Physical",
                null,
                null,
                null,
                new OperatingSystem(
                        "Windows", "Microsoft Windows 10 Professionnel", "2009", null, "10.0.19045", null, null, null),
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        var c = rules.classify(report);
        assertThat(c.device().type()).isEqualTo(DeviceType.LAPTOP);
        assertThat(c.os().version()).isEqualTo("10 22H2");
    }

    @Test
    void anAddedRuleAppliesToTheNextClassificationAndItsRemovalToo() {
        assertThat(rules.classify(haiku("Desktop")).os().family()).isEqualTo(OsFamily.OTHER);
        RuleView rule = add(RuleKind.OS, 1, RuleField.OS_NAME, "haiku (r\\d)", "OTHER", "haiku");
        var os = rules.classify(haiku("Desktop")).os();
        assertThat(os.product()).isEqualTo("haiku");
        assertThat(os.version()).isEqualTo("R1");
        assertThat(os.rule().ruleId()).isEqualTo(rule.id());

        RuleView disabled = rules.setEnabled(rule.id(), false, (long) rule.version(), admin);
        assertThat(disabled.enabled()).isFalse();
        assertThat(rules.classify(haiku("Desktop")).os().product()).isNull();

        rules.delete(rule.id(), (long) disabled.version(), admin);
        assertThat(rules.classify(haiku("Desktop")).os().family()).isEqualTo(OsFamily.OTHER);
    }

    @Test
    void anInvalidPatternIsRefusedOnItsFieldAndNothingIsStored() {
        int before = rules.list(admin).size();
        assertThatThrownBy(() -> rules.add(
                        new RuleForm(
                                RuleKind.OS,
                                5,
                                RuleField.OS_NAME,
                                "windows (",
                                "WINDOWS",
                                "windows",
                                null,
                                true,
                                null,
                                null),
                        admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("pattern"));
        assertThatThrownBy(() -> rules.add(
                        new RuleForm(
                                RuleKind.OS,
                                5,
                                RuleField.OS_NAME,
                                "windows (\\d+)",
                                "WINDOWS",
                                "windows",
                                "$3",
                                true,
                                null,
                                null),
                        admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("versionTemplate"));
        assertThatThrownBy(
                        () -> rules.add(new RuleForm(null, null, null, " ", null, null, null, null, null, null), admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .contains("kind", "position", "field", "pattern", "result"));
        assertThat(rules.list(admin)).hasSize(before);
    }

    @Test
    void aStaleVersionIsAConflictAndWritesNothing() {
        RuleView rule = add(RuleKind.DEVICE_TYPE, 999_001, RuleField.CHASSIS, "^stale$", "OTHER", null);
        RuleForm form = new RuleForm(
                RuleKind.DEVICE_TYPE, 999_001, RuleField.CHASSIS, "^stale2$", "OTHER", null, null, true, null, (long)
                        rule.version());
        rules.update(rule.id(), form, admin);
        assertThatThrownBy(() -> rules.update(rule.id(), form, admin)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rules.delete(rule.id(), (long) rule.version(), admin))
                .isInstanceOf(ConflictException.class);
        assertThat(rules.get(rule.id(), admin).pattern()).isEqualTo("^stale2$");
    }

    @Test
    void movingARuleUpMakesItWinOverTheOneBefore() {
        RuleView first = add(RuleKind.DEVICE_TYPE, 999_010, RuleField.CHASSIS, "^movetest$", "SERVER", null);
        RuleView second = add(RuleKind.DEVICE_TYPE, 999_020, RuleField.CHASSIS, "^movetest$", "TABLET", null);
        assertThat(rules.classify(haiku("Move Test")).device().type()).isEqualTo(DeviceType.SERVER);
        RuleView moved = rules.move(second.id(), true, (long) second.version(), admin);
        assertThat(moved.position()).isEqualTo(999_010);
        assertThat(rules.get(first.id(), admin).position()).isEqualTo(999_020);
        assertThat(rules.classify(haiku("Move Test")).device().type()).isEqualTo(DeviceType.TABLET);
    }

    @Test
    void everyoneButTechniciansReadsAndOnlyTheAdministratorChanges() {
        for (Role reader : List.of(Role.ADMIN, Role.ANALYST, Role.ELECTED, Role.CORRESPONDENT)) {
            assertThat(rules.list(TestUsers.someone(reader))).isNotEmpty();
        }
        CurrentUser technician = TestUsers.someone(Role.TECHNICIAN);
        assertThatThrownBy(() -> rules.list(technician)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rules.tryText(RuleField.CHASSIS, "Notebook", technician))
                .isInstanceOf(ForbiddenException.class);
        long some = rules.list(admin).get(0).id();
        for (Role writer : List.of(Role.ANALYST, Role.ELECTED, Role.CORRESPONDENT, Role.TECHNICIAN)) {
            CurrentUser user = TestUsers.someone(writer);
            assertThatThrownBy(() -> rules.forAdding(user)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> rules.delete(some, 0L, user)).isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> rules.get(987_654_321L, admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void tryingATextAnswersForEveryKindThatReadsTheField() {
        List<RuleTrial> trials = rules.tryText(RuleField.OS_NAME, "Microsoft Windows Server 2019 Standard", admin);
        assertThat(trials).extracting(RuleTrial::kind).containsExactly(RuleKind.DEVICE_TYPE, RuleKind.OS);
        assertThat(trials).extracting(RuleTrial::result).containsExactly("SERVER", "WINDOWS_SERVER");
        assertThat(trials.get(1).version()).isEqualTo("2019");
        assertThat(trials.get(1).rule()).isNotNull();
        assertThat(rules.tryText(RuleField.CHASSIS, "Docking Station", admin)
                        .get(0)
                        .result())
                .isEqualTo("LAPTOP");
    }
}
