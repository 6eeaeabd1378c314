package org.mutualis.programme;

import java.time.LocalDate;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;

/** Programmes built through the service, for this module's tests and others'. */
public final class ProgrammeFixture {

    public static final CurrentUser STAFF = new CurrentUser(0, "fixture", "Fixture", Role.ADMIN, null);

    private ProgrammeFixture() {}

    /** The study's programme 2012–2015 on the territory: four stages, ten actions, their tasks. */
    public static ProgrammeView study(Programmes programmes, long territoryId) {
        ProgrammeSummary p = programmes.create(
                new ProgrammeForm(
                        territoryId,
                        "Schéma directeur (test)",
                        LocalDate.of(2012, 1, 1),
                        LocalDate.of(2015, 12, 31),
                        null,
                        true),
                STAFF);
        return programmes.view(p.id(), STAFF);
    }

    /** An empty programme with one stage, to add actions to. */
    public static ProgrammeView empty(Programmes programmes, long territoryId) {
        ProgrammeSummary p = programmes.create(
                new ProgrammeForm(
                        territoryId,
                        "Programme vide (test)",
                        LocalDate.of(2012, 1, 1),
                        LocalDate.of(2015, 12, 31),
                        null,
                        false),
                STAFF);
        programmes.addStage(p.id(), new StageForm("Étape unique", null), STAFF);
        return programmes.view(p.id(), STAFF);
    }

    /** Adds an action to the first stage, linked as asked; returns the programme as it now stands. */
    public static ActionView action(
            Programmes programmes,
            long programmeId,
            String title,
            @org.jspecify.annotations.Nullable Long campaignId,
            @org.jspecify.annotations.Nullable Long procurementId) {
        ProgrammeView view = programmes.view(programmeId, STAFF);
        long actionId = programmes.addAction(
                programmeId,
                new ActionForm(
                        view.stages().get(0).id(),
                        null,
                        title,
                        2012,
                        2012,
                        null,
                        null,
                        campaignId,
                        procurementId,
                        null,
                        LocalDate.of(2012, 1, 2)),
                STAFF);
        return programmes.view(programmeId, STAFF).action(actionId).orElseThrow();
    }
}
