package org.mutualis.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.programme.ActionForm;
import org.mutualis.programme.ActionView;
import org.mutualis.programme.ProgrammeForm;
import org.mutualis.programme.ProgrammeSummary;
import org.mutualis.programme.ProgrammeView;
import org.mutualis.programme.Programmes;
import org.mutualis.programme.TaskStatusForm;
import org.mutualis.programme.TaskView;
import org.mutualis.programme.domain.Artefact;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.StudyProgramme;
import org.mutualis.programme.domain.TaskStatus;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * The demo's programme: the study's schéma directeur 2012–2015 on Morlaix Communauté, its actions
 * tied to the demo's campaigns and procurements (their tasks follow them), the work of 2012 marked
 * done as the study reports it, and the rest left as it stands: late, since 2015 is long past; its
 * steering committee, cross-cutting group, the two meetings of 2012 and their decisions.
 */
@Component
class ProgrammeDemo {

    static final String DONE_AS_REPORTED = "Réalisé, d’après le plan d’action du 18 mai 2012 (démo)";

    private final Programmes programmes;
    private final Campaigns campaigns;
    private final Procurements procurements;
    private final GovernanceDemo governance;

    ProgrammeDemo(Programmes programmes, Campaigns campaigns, Procurements procurements, GovernanceDemo governance) {
        this.programmes = programmes;
        this.campaigns = campaigns;
        this.procurements = procurements;
        this.governance = governance;
    }

    /** Loads the programme unless the territory has one; returns its id. */
    long load(TerritorySummary territory, CurrentUser loader) {
        Optional<Long> existing = programmes.list(territory.id(), loader).programmes().stream()
                .map(e -> e.programme().id())
                .findFirst();
        if (existing.isPresent()) {
            governance.load(existing.get());
            return existing.get();
        }
        ProgrammeSummary created = programmes.create(
                new ProgrammeForm(
                        territory.id(),
                        StudyProgramme.NAME + " 2012–2015",
                        LocalDate.of(2012, 1, 1),
                        LocalDate.of(2015, 12, 31),
                        "Le schéma directeur présenté aux exécutifs le 9 mars 2012 et son plan d’action détaillé du"
                                + " 18 mai 2012.",
                        true),
                loader);
        long id = created.id();
        List<CampaignSummary> ofTerritory = campaigns.all(loader).stream()
                .filter(c -> c.territoryId() == territory.id())
                .toList();
        List<ProcurementView> ofProcurements =
                procurements.list(territory.id(), null, loader).procurements();
        ProgrammeView view = programmes.view(id, loader);
        link(
                view,
                "matériel informatique",
                campaign(ofTerritory, "Infrastructure"),
                procurement(ofProcurements, "Matériel"),
                loader,
                true);
        link(
                view,
                "systèmes d’impression",
                campaign(ofTerritory, "Infrastructure"),
                procurement(ofProcurements, "Impression"),
                loader,
                false);
        link(view, "téléphonie", null, procurement(ofProcurements, "éléphonie"), loader, false);
        link(view, "progiciel financier", campaign(ofTerritory, "Progiciels"), null, loader, false);
        markDone2012(id, loader);
        governance.load(id);
        return id;
    }

    private void link(
            ProgrammeView view,
            String titlePart,
            @Nullable CampaignSummary campaign,
            @Nullable ProcurementView procurement,
            CurrentUser loader,
            boolean firstOnly) {
        view.actions()
                .filter(a -> a.title().contains(titlePart))
                .limit(firstOnly ? 1 : Long.MAX_VALUE)
                .forEach(a -> programmes.updateAction(
                        view.programme().id(),
                        a.id(),
                        new ActionForm(
                                a.stageId(),
                                a.theme(),
                                a.title(),
                                a.firstYear(),
                                a.lastYear(),
                                a.description(),
                                a.gain(),
                                campaign == null ? null : campaign.id(),
                                procurement == null ? null : procurement.id(),
                                a.serviceCode(),
                                null),
                        a.version(),
                        loader));
    }

    /** The study reports phase 0 of the 2012 actions done: entered by hand where nothing tracks them. */
    private void markDone2012(long id, CurrentUser loader) {
        ProgrammeView view = programmes.view(id, loader);
        for (ActionView a : view.actions().filter(a -> a.firstYear() == 2012).toList()) {
            for (TaskView t : a.tasks(Phase.LAUNCH)) {
                if (t.kind().follows() == Artefact.NONE) {
                    programmes.setStatus(
                            id,
                            t.id(),
                            new TaskStatusForm(TaskStatus.DONE, DONE_AS_REPORTED, false),
                            t.version(),
                            loader);
                }
            }
        }
    }

    private static @Nullable CampaignSummary campaign(List<CampaignSummary> all, String namePart) {
        return all.stream().filter(c -> c.name().contains(namePart)).findFirst().orElse(null);
    }

    private static @Nullable ProcurementView procurement(List<ProcurementView> all, String subjectPart) {
        return all.stream()
                .filter(p -> p.subject().contains(subjectPart))
                .findFirst()
                .orElse(null);
    }
}
