package org.mutualis.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.ActionForm;
import org.mutualis.programme.ActionView;
import org.mutualis.programme.ProgrammeForm;
import org.mutualis.programme.ProgrammeList;
import org.mutualis.programme.ProgrammeSummary;
import org.mutualis.programme.ProgrammeView;
import org.mutualis.programme.Programmes;
import org.mutualis.programme.StageForm;
import org.mutualis.programme.TaskForm;
import org.mutualis.programme.TaskStatusForm;
import org.mutualis.programme.TaskView;
import org.mutualis.programme.TemplateTaskForm;
import org.mutualis.programme.TemplateTaskView;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programmes, stages, actions and tasks over HTTP, with the same rules and access as the pages. */
@RestController
@RequestMapping("/api/programmes")
@Tag(
        name = "Programme",
        description = "Programmes de mutualisation : étapes, actions, tâches des phases 0, 1 et 2, statuts tirés du"
                + " travail")
class ProgrammeApiController {

    private final Programmes programmes;
    private final FormChecks checks;

    ProgrammeApiController(Programmes programmes, FormChecks checks) {
        this.programmes = programmes;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Lister les programmes d’un territoire avec leur avancement")
    ProgrammeList list(@RequestParam(required = false) @Nullable Long territory, CurrentUser user) {
        return programmes.list(territory, user);
    }

    @PostMapping
    @Operation(
            summary = "Créer un programme (administrateur, analyste) ; fromStudy le remplit du schéma directeur de"
                    + " l’étude")
    ResponseEntity<ProgrammeSummary> create(@RequestBody ProgrammeForm form, CurrentUser user) {
        staff(user);
        checks.check(form);
        ProgrammeSummary created = programmes.create(form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Lire un programme : étapes, actions, tâches, statuts et leur raison, retards")
    ProgrammeView get(@PathVariable long id, CurrentUser user) {
        return programmes.view(id, user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Modifier un programme avec la version lue (409 si quelqu’un l’a modifié entre-temps)")
    ProgrammeSummary update(
            @PathVariable long id, @RequestParam long version, @RequestBody ProgrammeForm form, CurrentUser user) {
        guard(id, user);
        checks.check(form);
        return programmes.update(id, form, version, user);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Supprimer un programme avec tout ce qu’il contient")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        programmes.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/stages")
    @Operation(summary = "Ajouter une étape")
    ResponseEntity<ProgrammeView> addStage(@PathVariable long id, @RequestBody StageForm form, CurrentUser user) {
        guard(id, user);
        checks.check(form);
        programmes.addStage(id, form, user);
        return ResponseEntity.status(201).body(programmes.view(id, user));
    }

    @PutMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Modifier une étape")
    ProgrammeView updateStage(
            @PathVariable long id, @PathVariable long stageId, @RequestBody StageForm form, CurrentUser user) {
        guard(id, user);
        programmes.stage(id, stageId, user);
        checks.check(form);
        programmes.updateStage(id, stageId, form, user);
        return programmes.view(id, user);
    }

    @DeleteMapping("/{id}/stages/{stageId}")
    @Operation(summary = "Supprimer une étape avec ses actions et leurs tâches")
    ResponseEntity<Void> deleteStage(@PathVariable long id, @PathVariable long stageId, CurrentUser user) {
        programmes.deleteStage(id, stageId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Ajouter une action ; ses tâches sont copiées du modèle et planifiées à la suite")
    ResponseEntity<ActionView> addAction(@PathVariable long id, @RequestBody ActionForm form, CurrentUser user) {
        guard(id, user);
        checks.check(form);
        long actionId = programmes.addAction(id, form, user);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/actions/" + actionId))
                .body(action(id, actionId, user));
    }

    @GetMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Lire une action et ses tâches")
    ActionView getAction(@PathVariable long id, @PathVariable long actionId, CurrentUser user) {
        return action(id, actionId, user);
    }

    @PutMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Modifier une action avec la version lue (liens vers le recensement, le marché, le service)")
    ActionView updateAction(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam long version,
            @RequestBody ActionForm form,
            CurrentUser user) {
        guard(id, user);
        action(id, actionId, user);
        checks.check(form);
        programmes.updateAction(id, actionId, form, version, user);
        return action(id, actionId, user);
    }

    @DeleteMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Supprimer une action avec ses tâches")
    ResponseEntity<Void> deleteAction(@PathVariable long id, @PathVariable long actionId, CurrentUser user) {
        programmes.deleteAction(id, actionId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/actions/{actionId}/tasks")
    @Operation(summary = "Ajouter une tâche à une action (une boucle de dépendances est refusée en 422)")
    ResponseEntity<ActionView> addTask(
            @PathVariable long id, @PathVariable long actionId, @RequestBody TaskForm form, CurrentUser user) {
        guard(id, user);
        action(id, actionId, user);
        checks.check(form);
        programmes.addTask(id, actionId, form, user);
        return ResponseEntity.status(201).body(action(id, actionId, user));
    }

    @GetMapping("/{id}/tasks/{taskId}")
    @Operation(summary = "Lire une tâche : dates, statut, d’où il vient et pourquoi")
    TaskView getTask(@PathVariable long id, @PathVariable long taskId, CurrentUser user) {
        return task(id, taskId, user);
    }

    @PutMapping("/{id}/tasks/{taskId}")
    @Operation(
            summary =
                    "Modifier une tâche avec la version lue ; dates dans le désordre, boucle ou début avant la fin d’un"
                            + " prédécesseur refusés en 422")
    TaskView updateTask(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestBody TaskForm form,
            CurrentUser user) {
        guard(id, user);
        task(id, taskId, user);
        checks.check(form);
        programmes.updateTask(id, taskId, form, version, user);
        return task(id, taskId, user);
    }

    @PutMapping("/{id}/tasks/{taskId}/status")
    @Operation(
            summary = "Saisir le statut d’une tâche à la main (il remplace celui du travail, avec un motif), ou"
                    + " followWork pour revenir au statut du travail")
    TaskView setStatus(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @RequestBody TaskStatusForm form,
            CurrentUser user) {
        guard(id, user);
        task(id, taskId, user);
        checks.check(form);
        programmes.setStatus(id, taskId, form, version, user);
        return task(id, taskId, user);
    }

    @DeleteMapping("/{id}/tasks/{taskId}")
    @Operation(summary = "Supprimer une tâche")
    ResponseEntity<Void> deleteTask(@PathVariable long id, @PathVariable long taskId, CurrentUser user) {
        programmes.deleteTask(id, taskId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/task-template")
    @Operation(summary = "Le modèle de tâches des phases 0, 1 et 2 que copie chaque nouvelle action")
    List<TemplateTaskView> template(CurrentUser user) {
        return programmes.template();
    }

    @PostMapping("/task-template")
    @Operation(summary = "Ajouter une tâche au modèle (administrateur, analyste)")
    ResponseEntity<List<TemplateTaskView>> addTemplateTask(@RequestBody TemplateTaskForm form, CurrentUser user) {
        staff(user);
        checks.check(form);
        programmes.addTemplateTask(form, user);
        return ResponseEntity.status(201).body(programmes.template());
    }

    @PutMapping("/task-template/{templateId}")
    @Operation(summary = "Modifier une tâche du modèle avec la version lue")
    TemplateTaskView updateTemplateTask(
            @PathVariable long templateId,
            @RequestParam long version,
            @RequestBody TemplateTaskForm form,
            CurrentUser user) {
        staff(user);
        programmes.templateTask(templateId, user);
        checks.check(form);
        programmes.updateTemplateTask(templateId, form, version, user);
        return programmes.templateTask(templateId, user);
    }

    @DeleteMapping("/task-template/{templateId}")
    @Operation(summary = "Retirer une tâche du modèle (les actions déjà créées gardent la leur)")
    ResponseEntity<Void> deleteTemplateTask(@PathVariable long templateId, CurrentUser user) {
        programmes.deleteTemplateTask(templateId, user);
        return ResponseEntity.noContent().build();
    }

    private ActionView action(long id, long actionId, CurrentUser user) {
        return programmes
                .view(id, user)
                .action(actionId)
                .orElseThrow(() -> new NotFoundException("programme.action.notfound"));
    }

    private TaskView task(long id, long taskId, CurrentUser user) {
        return programmes
                .view(id, user)
                .task(taskId)
                .orElseThrow(() -> new NotFoundException("programme.task.notfound"));
    }

    /** Who may do it comes before the form's rules: a foreign reader 404, a reader 403. */
    private void guard(long id, CurrentUser user) {
        programmes.view(id, user);
        staff(user);
    }

    private void staff(CurrentUser user) {
        if (!programmes.canEdit(user)) {
            throw new ForbiddenException("programme.staffOnly");
        }
    }
}
