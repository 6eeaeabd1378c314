package org.mutualis.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcurementException;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Group procurements through the service: what is saved, what is refused (and then nothing is saved). */
@MutualisDbTest
class ProcurementServiceTests {

    static final CurrentUser ANALYST = new CurrentUser(1, "analyste", "Analyste", Role.ANALYST, null);

    @Autowired
    Procurements procurements;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;

    @BeforeEach
    void territory() {
        t = ProcurementFixture.territory(territories, campaigns, files);
    }

    @Test
    void aValidGroupIsSavedWithItsRequiredProcedureEarliestStartsAndPhases() {
        ProcurementView saved = procurements.create(ProcurementFixture.group(t).form(), ANALYST);

        ProcurementDetail detail = procurements.get(saved.id(), ANALYST);
        assertThat(detail.procurement().totalHt()).isEqualByComparingTo("150000");
        assertThat(detail.procurement().coordinatorName()).isEqualTo("Morlaix");
        assertThat(detail.requiredProcedure().french())
                .isEqualTo("Montant estimé 150 000 € HT inférieur au seuil de 200 000 € HT (fournitures et services,"
                        + " en vigueur au 01/04/2012 ; source : Code des marchés publics (2006), art. 26 ;"
                        + " règlement (UE) n° 1251/2011) : procédure adaptée (MAPA).");
        assertThat(detail.earliestStart(t.id(MORLAIX))).isEqualTo(LocalDate.of(2012, 7, 1));
        assertThat(detail.earliestStart(t.id(BOTSORHEL))).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(detail.phases()).hasSize(2);
        assertThat(detail.phases().get(0).members())
                .extracting(ProcurementDetail.MemberStart::name)
                .containsExactly("Morlaix");
        assertThat(detail.phases().get(1).members())
                .extracting(ProcurementDetail.MemberStart::name)
                .containsExactly("Botsorhel");
        assertThat(detail.phases().get(1).from()).isEqualTo(LocalDate.of(2014, 1, 1));
    }

    @Test
    void anAccordCadreWithoutMaximumIsRefused() {
        assertRefused(
                ProcurementFixture.framework(t),
                b -> b.maximum = null,
                "Un accord-cadre doit fixer un montant maximum");
    }

    @Test
    void anAccordCadreLongerThanFourYearsIsRefused() {
        assertRefused(
                ProcurementFixture.framework(t),
                b -> b.duration = 60,
                "La durée de l'accord-cadre (60 mois) dépasse quatre ans");
    }

    @Test
    void aMemberCannotJoinAPermanentGroupsProcedureAlreadyStarted() {
        assertRefused(
                ProcurementFixture.group(t),
                b -> {
                    b.permanent = true;
                    b.member(PLOUGONVEN, null, LocalDate.of(2012, 5, 2), LocalDate.of(2012, 4, 20));
                },
                "ne peut pas rejoindre le groupement de commandes le 02/05/2012 : sa procédure est lancée depuis"
                        + " la publication du 01/04/2012 ; le groupement étant permanent, elle pourra rejoindre sa"
                        + " prochaine procédure.");
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertRefused(
                ProcurementFixture.group(t),
                b -> b.milestones = new Milestones(
                        LocalDate.of(2012, 1, 10),
                        LocalDate.of(2012, 2, 1),
                        LocalDate.of(2012, 4, 1),
                        LocalDate.of(2012, 3, 1),
                        null,
                        LocalDate.of(2012, 7, 1),
                        LocalDate.of(2015, 6, 30)),
                "Calendrier dans le désordre : l'attribution (01/03/2012) ne peut précéder la publication (01/04/2012).");
    }

    @Test
    void anAmountAboveTheThresholdWithAMapaIsRefused() {
        assertRefused(
                ProcurementFixture.group(t),
                b -> b.lots.add(new ProcurementForm.LotLine("Standard téléphonique", new BigDecimal("60000"))),
                "Le montant estimé (210 000 € HT) atteint le seuil de procédure formalisée (200 000 € HT au 01/04/2012");
    }

    @Test
    void theFormItselfIsCheckedWithTheFieldNamed() {
        assertRefused(
                ProcurementFixture.group(t),
                b -> b.lots.set(0, new ProcurementForm.LotLine("Téléphonie fixe", new BigDecimal("-5"))),
                "Lot 1 : le montant estimé ne peut pas être négatif (-5).");
        assertRefused(
                ProcurementFixture.group(t),
                b -> b.members.add(new ProcurementForm.MemberLine(-42, null, null, null)),
                "Membres : la collectivité n° -42 n’appartient pas à ce territoire.");
        assertRefused(
                ProcurementFixture.group(t),
                b -> b.coordinatorId = t.id(PLOUGONVEN),
                "Coordonnateur : Plougonven doit aussi figurer parmi les membres du groupement.");
        assertRefused(
                ProcurementFixture.framework(t),
                b -> b.maximum = new BigDecimal("-1"),
                "Montant maximum de l’accord-cadre : il ne peut pas être négatif (-1).");
        assertRefused(ProcurementFixture.group(t), b -> b.theme = "GARDENING", "Thème : choisissez");
    }

    @Test
    void aStaleVersionIsAConflictAndOverwritesNothing() {
        ProcurementView saved = procurements.create(ProcurementFixture.group(t).form(), ANALYST);
        ProcurementFixture.Builder first = ProcurementFixture.group(t);
        first.subject = "Première modification";
        ProcurementView updated = procurements.update(saved.id(), first.form(), saved.version(), ANALYST);
        assertThat(updated.version()).isEqualTo(saved.version() + 1);

        ProcurementFixture.Builder second = ProcurementFixture.group(t);
        second.subject = "Modification concurrente";
        assertThatThrownBy(() -> procurements.update(saved.id(), second.form(), saved.version(), ANALYST))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("a été modifié depuis que vous l’avez ouvert");
        assertThat(procurements.get(saved.id(), ANALYST).procurement().subject())
                .isEqualTo("Première modification");
    }

    @Test
    void aRefusedUpdateLeavesTheProcurementAsItWas() {
        ProcurementView saved =
                procurements.create(ProcurementFixture.framework(t).form(), ANALYST);
        ProcurementFixture.Builder broken = ProcurementFixture.framework(t);
        broken.maximum = null;
        broken.subject = "Ne doit pas être enregistré";
        assertThatThrownBy(() -> procurements.update(saved.id(), broken.form(), saved.version(), ANALYST))
                .isInstanceOf(ProcurementException.class);
        ProcurementView after = procurements.get(saved.id(), ANALYST).procurement();
        assertThat(after.subject()).isEqualTo(saved.subject());
        assertThat(after.maximumAmountHt()).isEqualByComparingTo("180000");
        assertThat(after.version()).isEqualTo(saved.version());
    }

    @Test
    void aMembersContractEndDefaultsFromTheMostRecentTelecomCensus() {
        ProcurementFixture.telecomCensus(
                campaigns, files, t, LocalDate.of(2010, 3, 1), "Téléphonie 2010", MORLAIX + ",2011-01-31,2011-02-28");
        ProcurementFixture.telecomCensus(
                campaigns, files, t, LocalDate.of(2012, 1, 5), "Téléphonie 2012", MORLAIX + ",2013-06-30,2014-03-31");

        var suggestions = procurements.contractEndSuggestions(t.territory().id(), "TELECOM", ANALYST);
        assertThat(suggestions.get(MORLAIX).contractEndsOn()).isEqualTo(LocalDate.of(2014, 3, 31));
        assertThat(suggestions.get(MORLAIX).campaignName()).isEqualTo("Téléphonie 2012");
        assertThat(procurements.contractEndSuggestions(t.territory().id(), "HARDWARE", ANALYST))
                .isEmpty();

        ProcurementView saved = procurements.create(ProcurementFixture.group(t).form(), ANALYST);
        ProcurementView.MemberView morlaix = saved.members().stream()
                .filter(m -> m.code().equals(MORLAIX))
                .findFirst()
                .orElseThrow();
        assertThat(morlaix.contractEndsOn()).isEqualTo(LocalDate.of(2014, 3, 31));
        // A date typed in the form wins over the census.
        ProcurementView.MemberView botsorhel = saved.members().stream()
                .filter(m -> m.code().equals(BOTSORHEL))
                .findFirst()
                .orElseThrow();
        assertThat(botsorhel.contractEndsOn()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(procurements.get(saved.id(), ANALYST).earliestStart(t.id(MORLAIX)))
                .isEqualTo(LocalDate.of(2014, 4, 1));
    }

    @Test
    void aCensusTakenAfterThePublicationDoesNotSetTheContractsOfThatTime() {
        ProcurementFixture.telecomCensus(
                campaigns, files, t, LocalDate.of(2012, 1, 5), "Téléphonie 2012", MORLAIX + ",2013-06-30,2014-03-31");
        // The 2026 census describes 2026 contracts: a 2012 procurement must not take them.
        ProcurementFixture.telecomCensus(
                campaigns, files, t, LocalDate.of(2026, 10, 1), "Téléphonie 2026", MORLAIX + ",2027-06-30,2028-03-31");

        ProcurementView saved = procurements.create(ProcurementFixture.group(t).form(), ANALYST);

        assertThat(saved.members().stream()
                        .filter(m -> m.code().equals(MORLAIX))
                        .findFirst()
                        .orElseThrow()
                        .contractEndsOn())
                .isEqualTo(LocalDate.of(2014, 3, 31));
    }

    private void assertRefused(
            ProcurementFixture.Builder builder, Consumer<ProcurementFixture.Builder> change, String message) {
        change.accept(builder);
        long before = count();
        assertThatThrownBy(() -> procurements.create(builder.form(), ANALYST))
                .isInstanceOfSatisfying(
                        ProcurementException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.message().french())
                                .anySatisfy(m -> assertThat(m).contains(message)));
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from procurement_member")
                        .query(Long.class)
                        .single())
                .isEqualTo(members);
    }

    private long members;

    private long count() {
        members = jdbc.sql("select count(*) from procurement_member")
                .query(Long.class)
                .single();
        return jdbc.sql("select count(*) from procurement").query(Long.class).single();
    }
}
