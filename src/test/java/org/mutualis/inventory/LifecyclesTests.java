package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.lifecycle.SupportStatus;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.RejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The end-of-support table as the administrator edits it and the other services read it. */
@MutualisDbTest
class LifecyclesTests {

    @Autowired
    Lifecycles lifecycles;

    @Autowired
    Accounts accounts;

    CurrentUser admin;

    @BeforeEach
    void users() {
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    @Test
    void theSeededTableSaysWhatTheIssueSays() {
        LocalDate day = LocalDate.of(2025, 10, 14);
        assertThat(lifecycles.status("windows", "10 22H2", null, day).status()).isEqualTo(SupportStatus.PAST);
        assertThat(lifecycles.status("windows", "10 21H2", null, day).status()).isEqualTo(SupportStatus.PAST);
        assertThat(lifecycles.status("microsoft-office", "2016", null, day).status())
                .isEqualTo(SupportStatus.PAST);
        assertThat(lifecycles.status("microsoft-office", "2019", null, day).status())
                .isEqualTo(SupportStatus.PAST);
        assertThat(lifecycles.status("microsoft-office", "2021", null, day).status())
                .isEqualTo(SupportStatus.ENDING);
        assertThat(lifecycles
                        .status("microsoft-office", "2021", null, LocalDate.of(2026, 10, 13))
                        .status())
                .isEqualTo(SupportStatus.PAST);
        assertThat(lifecycles.status("windows", "10 1809", "ltsc", day).status())
                .isEqualTo(SupportStatus.SUPPORTED);
        assertThat(lifecycles.status("windows-server", "2019", null, day).status())
                .isEqualTo(SupportStatus.SUPPORTED);
        assertThat(lifecycles.status("microsoft-365", null, null, day).status()).isEqualTo(SupportStatus.SUPPORTED);
        assertThat(lifecycles.status("chromeos", null, null, day).status()).isEqualTo(SupportStatus.UNKNOWN);
    }

    @Test
    void aRowIsAddedChangedWithItsVersionAndDeleted() {
        LifecycleView row = lifecycles.add(
                new LifecycleForm(
                        "Test-OS",
                        "1",
                        null,
                        LocalDate.of(2030, 1, 1),
                        null,
                        "https://example.org/eol",
                        LocalDate.of(2026, 8, 1),
                        null,
                        null),
                admin);
        assertThat(row.product()).isEqualTo("test-os");
        assertThat(row.edition()).isNull();
        assertThat(row.changedBy()).isEqualTo(admin.displayName());
        LifecycleForm later = new LifecycleForm(
                "test-os",
                "1",
                null,
                LocalDate.of(2031, 1, 1),
                null,
                "https://example.org/eol",
                LocalDate.of(2026, 9, 1),
                "plus tard",
                (long) row.version());
        assertThat(lifecycles.update(row.id(), later, admin).endOfSupport()).isEqualTo(LocalDate.of(2031, 1, 1));
        assertThatThrownBy(() -> lifecycles.update(row.id(), later, admin)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> lifecycles.add(later, admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("cycle"));
        lifecycles.delete(row.id(), (long) row.version() + 1, admin);
        assertThat(lifecycles
                        .status("test-os", "1", null, LocalDate.of(2026, 1, 1))
                        .status())
                .isEqualTo(SupportStatus.UNKNOWN);
    }

    @Test
    void aSourceIsAnHttpAddressAndTheCheckDateIsRequired() {
        assertThatThrownBy(() -> lifecycles.add(
                        new LifecycleForm("x", "1", null, null, null, "javascript:alert(1)", null, null, null), admin))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.field())
                                .containsExactlyInAnyOrder("sourceUrl", "checkedOn"));
    }

    @Test
    void techniciansReadNothingAndOnlyTheAdministratorChanges() {
        assertThat(lifecycles.list(TestUsers.someone(Role.CORRESPONDENT))).isNotEmpty();
        assertThatThrownBy(() -> lifecycles.list(TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> lifecycles.forAdding(TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);
    }
}
