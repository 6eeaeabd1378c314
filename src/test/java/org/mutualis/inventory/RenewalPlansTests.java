package org.mutualis.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.inventory.domain.renewal.RenewalCause;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End-of-support exposure in euros and the renewal plan, through the services: euros are units ×
 * the census's simple mean cost; a kind without a mean cost stays unpriced (never 0); a
 * correspondent sees their own collectivité only, a technician nothing; the ODS workbook says the
 * same as the page.
 */
@MutualisDbTest
class RenewalPlansTests {

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    CampaignSyntheses syntheses;

    @Autowired
    DeviceIngest ingest;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EndOfSupportCosts exposure;

    @Autowired
    RenewalPlans plans;

    @Autowired
    Accounts accounts;

    CensusFixture.Loaded study;
    long botsorhel;
    long locquirec;
    long plougonven;
    BigDecimal desktopMean;
    BigDecimal laptopMean;
    final CurrentUser staff = CensusFixture.STAFF;

    @BeforeEach
    void data() {
        study = CensusFixture.study2012(territories, campaigns, files, false);
        botsorhel = study.collectivity(BOTSORHEL).id();
        locquirec = study.collectivity(LOCQUIREC).id();
        plougonven = study.collectivity(PLOUGONVEN).id();
        var synthesis = syntheses.of(study.campaign().id()).synthesis();
        desktopMean = synthesis
                .mean("avg_cost_desktop_eur_ht")
                .orElseThrow()
                .simpleMean()
                .value()
                .setScale(2, RoundingMode.HALF_UP);
        laptopMean = synthesis
                .mean("avg_cost_laptop_eur_ht")
                .orElseThrow()
                .simpleMean()
                .value()
                .setScale(2, RoundingMode.HALF_UP);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        // Botsorhel: a Windows 10 desktop of 2017 (BIOS date) and a Windows 10 machine on a server chassis.
        store(botsorhel, InventoryReports.desktop("pc-renewal-01-2026", "SN-REN-01", List.of()), now);
        store(botsorhel, server(InventoryReports.desktop("srv-renewal-01-2026", "SN-REN-02", List.of())), now);
        // Locquirec: a Windows 10 laptop bought in 2025 (young: it migrates, due at its lifespan).
        store(locquirec, laptop(InventoryReports.desktop("pc-renewal-03-2026", "SN-REN-03", List.of())), now);
    }

    private void store(long collectivity, InventoryReport report, LocalDateTime at) {
        transactions.executeWithoutResult(status -> ingest.store(
                study.territory().id(),
                collectivity,
                null,
                InventoryReports.taken(report, at),
                DeviceIngest.Origin.AGENT,
                null,
                report.deviceId(),
                at));
    }

    @Test
    void theEurosToReplaceMachinesPastTheirSupportAreUnitsTimesTheCensusMeanAndAServerStaysUnpriced() {
        CollectivityExposure x = exposure.ofCollectivity(botsorhel, staff);

        assertThat(x.prices().campaign()).isNotNull();
        assertThat(x.prices().campaign().id()).isEqualTo(study.campaign().id());
        assertThat(x.costs().systemPast()).isEqualTo(2);
        // The 2012 questionnaire asks no server cost: the server is counted, not priced, not zero.
        assertThat(x.prices().kind("server").orElseThrow().gap()).isEqualTo(PriceGap.NOT_ASKED);
        assertThat(x.costs().past().eurosHt()).isEqualByComparingTo(desktopMean);
        assertThat(x.costs().past().unpriced()).isEqualTo(1);
        assertThat(x.costs().past().lines())
                .filteredOn(l -> l.kind().equals("server"))
                .singleElement()
                .satisfies(l -> assertThat(l.eurosHt()).isNull());
        assertThat(x.prices().kind("thin_client").orElseThrow().meanHt()).isEqualByComparingTo(desktopMean);

        TerritoryExposure t = exposure.ofTerritory(study.territory(), staff);
        assertThat(t.rows()).extracting(TerritoryExposure.Row::name).containsExactly("Botsorhel", "Locquirec");
        assertThat(t.total().past().eurosHt())
                .isEqualByComparingTo(desktopMean.add(laptopMean)); // Locquirec's laptop runs Windows 10 too
    }

    @Test
    void aCorrespondentSeesTheirOwnCollectivityOnlyAndATechnicianNothing() {
        CurrentUser own = TestUsers.correspondentOf(botsorhel);
        CurrentUser neighbour = TestUsers.correspondentOf(plougonven);

        assertThat(exposure.ofTerritory(exposure.territory(null, own), own).rows())
                .extracting(TerritoryExposure.Row::collectivityId)
                .containsExactly(botsorhel);
        assertThat(exposure.ofTerritory(exposure.territory(null, neighbour), neighbour)
                        .rows())
                .isEmpty();
        assertThatThrownBy(() -> exposure.ofCollectivity(locquirec, own)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.ofCollectivity(botsorhel, 1, neighbour)).isInstanceOf(NotFoundException.class);
        RenewalPlanView ownPlan = plans.ofTerritory(plans.territory(null, own), 1, own);
        assertThat(ownPlan.byCollectivity())
                .extracting(RenewalPlanView.CollectivityYears::collectivityId)
                .containsExactly(botsorhel);
        assertThat(ownPlan.machines().items())
                .allSatisfy(m -> assertThat(m.collectivityId()).isEqualTo(botsorhel));

        CurrentUser technician = TestUsers.create(accounts, Role.TECHNICIAN);
        assertThatThrownBy(() -> plans.ofCollectivity(botsorhel, 1, technician)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> exposure.ofTerritory(study.territory(), technician))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void thePlanPutsOldMachinesInItsFirstYearPricedHtAndTtcAndLetsAYoungOneMigrate() {
        RenewalPlanView plan = plans.ofCollectivity(botsorhel, 1, staff);

        int next = LocalDate.now().getYear() + 1;
        assertThat(plan.firstYear()).isEqualTo(next);
        assertThat(plan.years()).hasSize(5);
        RenewalPlanView.Year first = plan.years().get(0);
        assertThat(first.units()).isEqualTo(2);
        assertThat(first.unpriced()).isEqualTo(1);
        assertThat(first.costHt()).isEqualByComparingTo(desktopMean);
        assertThat(first.costTtc())
                .isEqualByComparingTo(
                        desktopMean.multiply(new BigDecimal("1.20")).setScale(2, RoundingMode.HALF_UP));
        assertThat(plan.machines().items())
                .extracting(RenewalPlanView.MachineLine::acquiredFrom)
                .containsOnly("BIOS");
        // Bought (BIOS) in 2017: its lifespan or its Windows 10's end came before the plan.
        assertThat(plan.machines().items())
                .allSatisfy(m -> assertThat(m.overdue()).isTrue());
        assertThat(plan.lifespans())
                .singleElement()
                .satisfies(l -> assertThat(l.source()).isEqualTo(RenewalPlanView.LifespanSource.CAMPAIGN_MEAN));

        RenewalPlanView young = plans.ofCollectivity(locquirec, 1, staff);
        int lifespan = young.lifespans().get(0).years();
        // Bought in 2025, its Windows 10 support ended in 2025: far from its lifespan, it migrates.
        if (2025 + lifespan > young.lastYear()) {
            assertThat(young.machines().items()).isEmpty();
            assertThat(young.dueLater()).isEqualTo(1);
        } else {
            assertThat(young.machines().items())
                    .extracting(RenewalPlanView.MachineLine::cause)
                    .containsExactly(RenewalCause.AGE);
        }
    }

    @Test
    void withoutACampaignNothingIsPricedAndTheStudysDefaultsGiveTheLifespans() {
        // A territory of its own without any campaign: the devices are there, the euros are not.
        var bare = org.mutualis.servicedesk.TrainingFixture.territory(territories);
        long commune = org.mutualis.servicedesk.TrainingFixture.collectivity(territories, bare, BOTSORHEL);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        transactions.executeWithoutResult(status -> ingest.store(
                bare.id(),
                commune,
                null,
                InventoryReports.taken(InventoryReports.desktop("pc-bare-01-2026", "SN-BARE-01", List.of()), now),
                DeviceIngest.Origin.AGENT,
                null,
                "bare",
                now));

        CollectivityExposure x = exposure.ofCollectivity(commune, staff);
        assertThat(x.prices().campaign()).isNull();
        assertThat(x.costs().past().eurosHt()).isNull();
        assertThat(x.costs().past().unpriced()).isEqualTo(1);
        RenewalPlanView plan = plans.ofCollectivity(commune, 1, staff);
        assertThat(plan.lifespans().get(0).source()).isEqualTo(RenewalPlanView.LifespanSource.STUDY_DEFAULT);
        assertThat(plan.years().get(0).unpriced()).isEqualTo(1);
        assertThat(plan.years().get(0).costHt()).isEqualByComparingTo("0");
    }

    @Test
    void theOdsWorkbookReadsBackWithTheSameFiguresAndSaysUnpricedNotZero() throws Exception {
        RenewalPlanView plan = plans.ofCollectivity(botsorhel, 1, staff);
        var ods = plans.odsOfCollectivity(botsorhel, staff);

        assertThat(ods.fileName())
                .startsWith("plan-de-renouvellement-botsorhel-")
                .endsWith(".ods");
        List<SheetGrid> sheets = OdsGridReader.readAll(new ByteArrayInputStream(ods.bytes()), GridLimits.defaults());
        assertThat(sheets).extracting(SheetGrid::name).containsExactly("Plan", "Postes", "Méthode");
        SheetGrid sheet = sheets.get(0);
        String firstYear = "" + plan.firstYear();
        var desktop = sheet.rows().stream()
                .filter(r -> r.cell(0).equals(firstYear) && r.cell(1).equals("Poste fixe"))
                .findFirst()
                .orElseThrow();
        assertThat(new BigDecimal(desktop.cell(5))).isEqualByComparingTo(desktopMean);
        var server = sheet.rows().stream()
                .filter(r -> r.cell(0).equals(firstYear) && r.cell(1).equals("Serveur"))
                .findFirst()
                .orElseThrow();
        assertThat(server.cell(5)).isEqualTo("non chiffré");
        var total = sheet.rows().stream()
                .filter(r -> r.cell(0).equals(firstYear) && r.cell(1).startsWith("Total de l’année"))
                .findFirst()
                .orElseThrow();
        assertThat(new BigDecimal(total.cell(6)))
                .isEqualByComparingTo(plan.years().get(0).costTtc());
        assertThat((long) sheets.get(1).rows().size())
                .isEqualTo(1 + plan.machines().total());
    }

    static InventoryReport server(InventoryReport r) {
        return with(r, "Main Server Chassis", null);
    }

    static InventoryReport laptop(InventoryReport r) {
        return with(r, "Notebook", LocalDate.of(2025, 3, 1));
    }

    private static InventoryReport with(InventoryReport r, String chassis, LocalDate purchase) {
        return new InventoryReport(
                r.source(),
                r.deviceId(),
                r.tag(),
                r.partial(),
                r.sections(),
                r.deviceId(),
                r.serial(),
                r.uuid(),
                r.manufacturer(),
                r.model(),
                chassis,
                r.virtualSystem(),
                r.memoryMb(),
                r.biosDate(),
                purchase,
                r.operatingSystem(),
                r.software(),
                r.monitors(),
                r.licences(),
                r.agentVersion(),
                r.inventoriedAt());
    }
}
