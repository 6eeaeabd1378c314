package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agents' enrolments: the token is shown once and only its hash is kept; a revoked one is
 * refused at once; only the administrator enrols and revokes; a correspondent sees their own
 * collectivité's enrolments, another's not at all.
 */
@MutualisDbTest
class EnrolmentsTests {

    @Autowired
    Enrolments enrolments;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    TerritorySummary territory;
    long botsorhel;
    long plougonven;
    CurrentUser admin;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    @Test
    void theTokenIsInTheAddressAndOnlyItsHashIsKept() {
        IssuedEnrolment issued = enrolments.issue(botsorhel, new EnrolmentForm("Mairie"), admin);

        assertThat(issued.url()).endsWith("/api/inventory/agent/" + issued.token());
        assertThat(issued.token()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(issued.enrolment().prefix()).isEqualTo(issued.token().substring(0, 6));
        String stored = jdbc.sql("select token_hash from inv_enrolment where id = :id")
                .param("id", issued.enrolment().id())
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(issued.token()).doesNotContain(issued.token());
        assertThat(enrolments.active(issued.token())).isPresent();
    }

    @Test
    void aRevokedEnrolmentIsRefusedAtOnce() {
        IssuedEnrolment issued = enrolments.issue(botsorhel, new EnrolmentForm("Mairie"), admin);
        enrolments.revoke(issued.enrolment().id(), admin);

        assertThat(enrolments.active(issued.token())).isEmpty();
        assertThat(enrolments.active("not-a-token")).isEmpty();
        assertThatThrownBy(() -> enrolments.revoke(issued.enrolment().id(), admin))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheAdministratorEnrolsAndRevokes() {
        CurrentUser own = TestUsers.correspondentOf(botsorhel);
        IssuedEnrolment issued = enrolments.issue(botsorhel, new EnrolmentForm("Mairie"), admin);

        assertThatThrownBy(() -> enrolments.issue(botsorhel, new EnrolmentForm("Moi"), own))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> enrolments.revoke(issued.enrolment().id(), TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(enrolments.active(issued.token())).isPresent();
    }

    @Test
    void aCorrespondentSeesTheirOwnEnrolmentsOnly() {
        enrolments.issue(botsorhel, new EnrolmentForm("Mairie de Botsorhel"), admin);
        enrolments.issue(plougonven, new EnrolmentForm("Mairie de Plougonven"), admin);

        assertThat(enrolments.ofTerritory(territory, TestUsers.correspondentOf(botsorhel)))
                .extracting(EnrolmentView::label)
                .containsExactly("Mairie de Botsorhel");
        assertThatThrownBy(() -> enrolments.ofCollectivity(plougonven, TestUsers.correspondentOf(botsorhel)))
                .isInstanceOf(NotFoundException.class);
        assertThat(enrolments.ofTerritory(territory, admin)).hasSize(2);
    }
}
