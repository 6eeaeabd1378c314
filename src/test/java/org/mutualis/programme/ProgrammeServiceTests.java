package org.mutualis.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.BOTSORHEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.domain.TaskKind;
import org.mutualis.programme.domain.TaskState;
import org.mutualis.programme.domain.TaskStatus;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Programmes through the service: the study's template, statuses that follow the work, the rules, access. */
@MutualisDbTest
class ProgrammeServiceTests {

    @Autowired
    Programmes programmes;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    Procurements procurements;

    @Autowired
    Offers offers;

    @Autowired
    Assessments assessments;

    @Autowired
    Accounts accounts;

    @Autowired
    org.mutualis.assessment.AssessmentPublications publications;

    @Autowired
    JdbcClient jdbc;

    ProcurementFixture.Loaded t;
    CurrentUser analyst;

    @BeforeEach
    void territory() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        analyst = TestUsers.create(accounts, Role.ANALYST);
    }

    @Test
    void theStudysProgrammeGivesFourStagesTenActionsAndEachTheTemplatesTasksInPhaseOrder() {
        ProgrammeView view = ProgrammeFixture.study(programmes, t.territory().id());

        assertThat(view.stages()).hasSize(4);
        assertThat(view.stages().get(0).title()).startsWith("Étape 1");
        assertThat(view.actions()).hasSize(10);
        int template = programmes.template().size();
        assertThat(view.actions()).allSatisfy(a -> {
            assertThat(a.tasks()).hasSize(template);
            // phases in order, each task after the previous one
            List<TaskView> tasks = a.tasks();
            for (int i = 1; i < tasks.size(); i++) {
                assertThat(tasks.get(i).phase().compareTo(tasks.get(i - 1).phase()))
                        .isGreaterThanOrEqualTo(0);
                assertThat(tasks.get(i).predecessors())
                        .containsExactly(tasks.get(i - 1).id());
                assertThat(tasks.get(i).plannedStart())
                        .isAfterOrEqualTo(tasks.get(i - 1).plannedEnd());
            }
        });
        ActionView telephony = view.actions()
                .filter(a -> a.title().contains("téléphonie"))
                .findFirst()
                .orElseThrow();
        assertThat(telephony.firstYear()).isEqualTo(2014);
        assertThat(telephony.tasks().get(0).plannedStart()).isEqualTo(LocalDate.of(2014, 1, 1));
    }

    @Test
    void theNeedsCensusFollowsItsCampaignAndIsDoneWhenTheCampaignCloses() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        CampaignSummary campaign = campaigns.all(analyst).stream()
                .filter(c -> c.territoryId() == t.territory().id())
                .findFirst()
                .orElseThrow();
        ActionView action = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", campaign.id(), null);

        TaskView census = task(action, TaskKind.NEEDS_CENSUS);
        assertThat(census.state().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(census.state().source()).isEqualTo(TaskState.Source.DERIVED);
        assertThat(census.reason().french()).contains("est ouvert");

        campaigns.close(campaign.id(), analyst);

        TaskView closed = task(
                programmes.view(p.programme().id(), analyst).action(action.id()).orElseThrow(), TaskKind.NEEDS_CENSUS);
        assertThat(closed.state().status()).isEqualTo(TaskStatus.DONE);
        assertThat(closed.state().late()).isFalse();
        assertThat(closed.reason().french()).contains("est clos");
    }

    @Test
    void theSupplierChoiceIsDoneWhenTheAwardIsEnteredAndTheAssessmentWhenEveryOfferIs() {
        ProcurementView hardware = hardware();
        OfferView desktops = offer("HW_DESKTOP", "Dell", "600", "680.10");
        OfferView laptops = offer("HW_LAPTOP", "HP", "800", "900");
        assessments.link(hardware.id(), desktops.id(), analyst);
        assessments.link(hardware.id(), laptops.id(), analyst);
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        long actionId = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, hardware.id())
                .id();

        assertThat(task(action(p, actionId), TaskKind.SUPPLIER_CHOICE).state().status())
                .isEqualTo(TaskStatus.TODO);
        assertThat(task(action(p, actionId), TaskKind.ASSESSMENT_WRITING)
                        .state()
                        .status())
                .isEqualTo(TaskStatus.TODO);

        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);

        TaskView supplier = task(action(p, actionId), TaskKind.SUPPLIER_CHOICE);
        assertThat(supplier.state().status()).isEqualTo(TaskStatus.DONE);
        assertThat(supplier.state().actualEnd()).isEqualTo(LocalDate.of(2012, 6, 1));
        assertThat(supplier.reason().french()).contains("Attribution saisie");
        assertThat(task(action(p, actionId), TaskKind.ASSESSMENT_WRITING)
                        .state()
                        .status())
                .isEqualTo(TaskStatus.IN_PROGRESS);

        assessments.award(
                hardware.id(),
                laptops.id(),
                new AwardForm("HP", new BigDecimal("760"), false, LocalDate.of(2012, 7, 2), 0),
                analyst);

        TaskView assessment = task(action(p, actionId), TaskKind.ASSESSMENT_WRITING);
        assertThat(assessment.state().status()).isEqualTo(TaskStatus.DONE);
        assertThat(assessment.state().actualEnd()).isEqualTo(LocalDate.of(2012, 7, 2));
    }

    @Test
    void theDiffusionToTheCommunesIsDoneOnceTheAssessmentIsPublishedAndSent() {
        ProcurementView hardware = hardware();
        OfferView desktops = offer("HW_DESKTOP", "Dell", "600", "680.10");
        assessments.link(hardware.id(), desktops.id(), analyst);
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell", new BigDecimal("580"), false, LocalDate.of(2012, 6, 1), 0),
                analyst);
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        long actionId = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, hardware.id())
                .id();
        assertThat(task(action(p, actionId), TaskKind.ASSESSMENT_DIFFUSION)
                        .state()
                        .status())
                .isEqualTo(TaskStatus.TODO);

        publications.publish(hardware.id(), "Bilan du marché de postes", analyst);

        TaskView diffusion = task(action(p, actionId), TaskKind.ASSESSMENT_DIFFUSION);
        assertThat(diffusion.state().status()).isEqualTo(TaskStatus.DONE);
        assertThat(diffusion.state().source()).isEqualTo(TaskState.Source.DERIVED);
        assertThat(diffusion.reason().french()).contains("diffusé aux communes");
    }

    @Test
    void aManualStatusOverridesTheWorkOnlyWithAReasonAndCanBeHandedBack() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        long actionId = ProgrammeFixture.action(
                        programmes,
                        p.programme().id(),
                        "Matériel",
                        null,
                        hardware().id())
                .id();
        TaskView supplier = task(action(p, actionId), TaskKind.SUPPLIER_CHOICE);

        assertThatThrownBy(() -> programmes.setStatus(
                        p.programme().id(),
                        supplier.id(),
                        new TaskStatusForm(TaskStatus.DONE, " ", false),
                        supplier.version(),
                        analyst))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e).problems())
                        .extracting(org.mutualis.shared.error.Problem::field)
                        .containsExactly("reason"));

        programmes.setStatus(
                p.programme().id(),
                supplier.id(),
                new TaskStatusForm(TaskStatus.DONE, "Attribué par courrier, saisie à venir", false),
                supplier.version(),
                analyst);

        TaskView overridden = task(action(p, actionId), TaskKind.SUPPLIER_CHOICE);
        assertThat(overridden.state().status()).isEqualTo(TaskStatus.DONE);
        assertThat(overridden.state().source()).isEqualTo(TaskState.Source.OVERRIDDEN);
        assertThat(overridden.statusBy()).isEqualTo(analyst.username());
        assertThat(overridden.statusReason()).isEqualTo("Attribué par courrier, saisie à venir");
        assertThat(overridden.reason().french()).contains("Aucune attribution");

        programmes.setStatus(
                p.programme().id(), supplier.id(), new TaskStatusForm(null, null, true), overridden.version(), analyst);

        TaskView back = task(action(p, actionId), TaskKind.SUPPLIER_CHOICE);
        assertThat(back.state().source()).isEqualTo(TaskState.Source.DERIVED);
        assertThat(back.state().status()).isEqualTo(TaskStatus.TODO);
    }

    @Test
    void aCycleInTheDependenciesIsRefusedNamingItsTasksAndNothingIsSaved() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        ActionView a = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, null);
        TaskView first = a.tasks().get(0);
        TaskView last = a.tasks().get(a.tasks().size() - 1);

        assertThatThrownBy(() -> programmes.updateTask(
                        p.programme().id(), first.id(), form(first, List.of(last.id())), first.version(), analyst))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> {
                    String message = ((RejectedException) e)
                            .problems()
                            .get(0)
                            .args()
                            .get(0)
                            .toString();
                    assertThat(message).contains("« " + first.title() + " »").contains("« " + last.title() + " »");
                    assertThat(((RejectedException) e).problems().get(0).code()).isEqualTo("programme.task.cycle");
                });

        TaskView unchanged =
                programmes.view(p.programme().id(), analyst).task(first.id()).orElseThrow();
        assertThat(unchanged.predecessors()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(first.version());
    }

    @Test
    void datesOutOfOrderAreRefusedAndAStartBeforeAPredecessorsEndToo() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        ActionView a = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, null);
        TaskView second = a.tasks().get(1);

        TaskForm backwards = new TaskForm(
                second.phase().number(),
                second.title(),
                null,
                LocalDate.of(2012, 5, 1),
                LocalDate.of(2012, 4, 1),
                null,
                null,
                null,
                false,
                second.predecessors());
        assertThatThrownBy(() ->
                        programmes.updateTask(p.programme().id(), second.id(), backwards, second.version(), analyst))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(
                                ((RejectedException) e).problems().get(0).field())
                        .isEqualTo("plannedEnd"));

        TaskView first = a.tasks().get(0);
        TaskForm tooEarly = new TaskForm(
                second.phase().number(),
                second.title(),
                null,
                first.plannedEnd().minusDays(3),
                first.plannedEnd().plusDays(10),
                null,
                null,
                null,
                false,
                second.predecessors());
        assertThatThrownBy(() ->
                        programmes.updateTask(p.programme().id(), second.id(), tooEarly, second.version(), analyst))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(
                                ((RejectedException) e).problems().get(0).code())
                        .isEqualTo("programme.task.dependency.order"));
        assertThatThrownBy(() -> programmes.create(
                        new ProgrammeForm(
                                t.territory().id(),
                                "À l’envers",
                                LocalDate.of(2015, 1, 1),
                                LocalDate.of(2012, 1, 1),
                                null,
                                false),
                        analyst))
                .isInstanceOf(RejectedException.class);
    }

    @Test
    void aStaleVersionOverwritesNothing() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        ActionView a = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, null);
        TaskView task = a.tasks().get(0);
        programmes.updateTask(p.programme().id(), task.id(), withOwner(task, "Mme Le Gall"), task.version(), analyst);

        assertThatThrownBy(() -> programmes.updateTask(
                        p.programme().id(), task.id(), withOwner(task, "M. Kerjean"), task.version(), analyst))
                .isInstanceOf(ConflictException.class);
        assertThat(programmes
                        .view(p.programme().id(), analyst)
                        .task(task.id())
                        .orElseThrow()
                        .owner())
                .isEqualTo("Mme Le Gall");
    }

    @Test
    void unfinishedTasksPastTheirPlannedEndAreLateAndFinishedOnesAreNot() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        ActionView a = ProgrammeFixture.action(programmes, p.programme().id(), "Matériel", null, null);
        TaskView first = a.tasks().get(0);
        programmes.setStatus(
                p.programme().id(),
                first.id(),
                new TaskStatusForm(TaskStatus.DONE, null, false),
                first.version(),
                analyst);

        ProgrammeView now = programmes.view(p.programme().id(), analyst);
        assertThat(now.task(first.id()).orElseThrow().state().late()).isFalse();
        assertThat(now.lateTasks()).hasSize(a.tasks().size() - 1);
        assertThat(now.progress().late()).isEqualTo(a.tasks().size() - 1);
        assertThat(now.progress().done()).isEqualTo(1);
    }

    @Test
    void correspondentsReadTheirTerritorysProgrammeOnlyAndNobodyButTheStaffChangesIt() {
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());
        CurrentUser botsorhel = TestUsers.create(accounts, Role.CORRESPONDENT, t.id(BOTSORHEL));
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        ProcurementFixture.Loaded other = ProcurementFixture.territory(territories, campaigns, files);
        CurrentUser foreign = TestUsers.create(accounts, Role.CORRESPONDENT, other.id(BOTSORHEL));
        long id = p.programme().id();

        assertThat(programmes.view(id, botsorhel).editable()).isFalse();
        assertThat(programmes.view(id, elected).programme().id()).isEqualTo(id);
        assertThatThrownBy(() -> programmes.view(id, foreign)).isInstanceOf(NotFoundException.class);
        assertThat(programmes.list(null, foreign).programmes())
                .noneMatch(e -> e.programme().id() == id);
        assertThatThrownBy(() -> programmes.addStage(id, new StageForm("x", null), botsorhel))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> programmes.addStage(id, new StageForm("x", null), elected))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> programmes.delete(id, foreign)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anActionCannotLinkAnotherTerritorysCampaignOrProcurement() {
        ProcurementFixture.Loaded other = ProcurementFixture.territory(territories, campaigns, files);
        ProcurementView foreignProcurement =
                procurements.create(ProcurementFixture.group(other).form(), analyst);
        ProgrammeView p = ProgrammeFixture.empty(programmes, t.territory().id());

        assertThatThrownBy(() -> ProgrammeFixture.action(
                        programmes, p.programme().id(), "Matériel", null, foreignProcurement.id()))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> assertThat(((RejectedException) e).problems())
                        .extracting(org.mutualis.shared.error.Problem::field)
                        .containsExactly("procurementId"));
        assertThat(programmes.view(p.programme().id(), analyst).actions()).isEmpty();
    }

    private ActionView action(ProgrammeView p, long actionId) {
        return programmes.view(p.programme().id(), analyst).action(actionId).orElseThrow();
    }

    private static TaskView task(ActionView a, TaskKind kind) {
        return a.tasks().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    private static TaskForm form(TaskView t, List<Long> predecessors) {
        return new TaskForm(
                t.phase().number(),
                t.title(),
                t.description(),
                t.plannedStart(),
                t.plannedEnd(),
                null,
                null,
                t.owner(),
                t.milestone(),
                predecessors);
    }

    private static TaskForm withOwner(TaskView t, String owner) {
        return new TaskForm(
                t.phase().number(),
                t.title(),
                t.description(),
                t.plannedStart(),
                t.plannedEnd(),
                null,
                null,
                owner,
                t.milestone(),
                t.predecessors());
    }

    private ProcurementView hardware() {
        ProcurementFixture.Builder group = ProcurementFixture.group(t);
        group.subject = "Matériel informatique " + t.territory().referenceYear();
        group.theme = "HARDWARE";
        return procurements.create(group.form(), analyst);
    }

    private OfferView offer(String item, String supplier, String price, String current) {
        long itemId = jdbc.sql("select id from price_item where code = :code")
                .param("code", item)
                .query(Long.class)
                .single();
        return offers.create(
                t.territory().id(),
                new OfferForm(
                        itemId,
                        supplier,
                        "NEGOTIATION",
                        new BigDecimal(price),
                        false,
                        LocalDate.of(2012, 3, 1),
                        null,
                        "",
                        new BigDecimal(current),
                        false),
                analyst);
    }
}
