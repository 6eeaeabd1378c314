package org.mutualis.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.mutualis.programme.StageView;
import org.mutualis.programme.TaskForm;
import org.mutualis.programme.TaskStatusForm;
import org.mutualis.programme.TaskView;
import org.mutualis.programme.domain.Phase;
import org.mutualis.programme.domain.StudyProgramme;
import org.mutualis.programme.domain.TaskStatus;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme's pages: list, overview, and the forms of programmes, stages, actions and tasks. */
@Controller
class ProgrammePageController {

    private final Programmes programmes;
    private final TerritoryScope scope;
    private final FormPages forms;

    ProgrammePageController(Programmes programmes, TerritoryScope scope, FormPages forms) {
        this.programmes = programmes;
        this.scope = scope;
        this.forms = forms;
    }

    // --- programmes ---

    @GetMapping("/programmes")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        ProgrammeList list = programmes.list(territory, user);
        model.addAttribute("list", list);
        model.addAttribute("territory", list.territory());
        TerritoryScope.Choices choices = scope.choices(list.territory(), territoryQuery, user);
        model.addAttribute("choices", choices);
        model.addAttribute("territories", choices.options());
        model.addAttribute("staff", programmes.canEdit(user));
        return "programme/list";
    }

    @GetMapping("/programmes/new")
    String newProgramme(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        requireStaff(user);
        TerritorySummary t = scope.resolve(territory, user);
        forms.show(
                model,
                "programmeForm",
                new ProgrammeForm(
                        t.id(),
                        StudyProgramme.NAME,
                        java.time.LocalDate.of(StudyProgramme.FIRST_YEAR, 1, 1),
                        java.time.LocalDate.of(StudyProgramme.LAST_YEAR, 12, 31),
                        null,
                        true));
        return programmeForm(model, t, null);
    }

    @PostMapping("/programmes")
    String create(
            @Valid ProgrammeForm programmeForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        TerritorySummary t = scope.resolve(programmeForm.territoryId(), user);
        return forms.submit(binding, model, response, () -> programmeForm(model, t, null), () -> {
            ProgrammeSummary created = programmes.create(programmeForm, user);
            redirect.addFlashAttribute("notice", "programme.created");
            return "redirect:/programmes/" + created.id();
        });
    }

    @GetMapping("/programmes/{id}")
    String detail(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("view", programmes.view(id, user));
        return "programme/detail";
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        forms.show(
                model,
                "programmeForm",
                new ProgrammeForm(p.territoryId(), p.name(), p.startsOn(), p.endsOn(), p.description(), false));
        return programmeForm(model, scope.resolve(p.territoryId(), user), p);
    }

    @PostMapping("/programmes/{id}")
    String update(
            @PathVariable long id,
            @RequestParam long version,
            @Valid ProgrammeForm programmeForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        return forms.submit(
                binding, model, response, () -> programmeForm(model, scope.resolve(p.territoryId(), user), p), () -> {
                    programmes.update(id, programmeForm, version, user);
                    redirect.addFlashAttribute("notice", "programme.updated");
                    return "redirect:/programmes/" + id;
                });
    }

    @GetMapping("/programmes/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        return confirm(
                model, "programme.delete.programme", p.name(), "/programmes/" + id + "/delete", "/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect, CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        programmes.delete(id, user);
        redirect.addFlashAttribute("notice", "programme.deleted");
        return "redirect:/programmes?territory=" + p.territoryId();
    }

    private String programmeForm(Model model, TerritorySummary territory, @Nullable ProgrammeSummary programme) {
        model.addAttribute("territory", territory);
        model.addAttribute("programme", programme);
        return "programme/form";
    }

    // --- stages ---

    @GetMapping("/programmes/{id}/stages/new")
    String newStage(@PathVariable long id, Model model, CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        forms.show(model, "stageForm", new StageForm("", null));
        return stageForm(model, p, null);
    }

    @PostMapping("/programmes/{id}/stages")
    String addStage(
            @PathVariable long id,
            @Valid StageForm stageForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        return forms.submit(binding, model, response, () -> stageForm(model, p, null), () -> {
            programmes.addStage(id, stageForm, user);
            redirect.addFlashAttribute("notice", "programme.stage.created");
            return "redirect:/programmes/" + id;
        });
    }

    @GetMapping("/programmes/{id}/stages/{stageId}/edit")
    String editStage(@PathVariable long id, @PathVariable long stageId, Model model, CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        Programmes.StageRowView s = programmes.stage(id, stageId, user);
        forms.show(model, "stageForm", new StageForm(s.title(), s.summary()));
        return stageForm(model, p, s);
    }

    @PostMapping("/programmes/{id}/stages/{stageId}")
    String updateStage(
            @PathVariable long id,
            @PathVariable long stageId,
            @Valid StageForm stageForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ProgrammeSummary p = editable(id, user);
        Programmes.StageRowView s = programmes.stage(id, stageId, user);
        return forms.submit(binding, model, response, () -> stageForm(model, p, s), () -> {
            programmes.updateStage(id, stageId, stageForm, user);
            redirect.addFlashAttribute("notice", "programme.stage.updated");
            return "redirect:/programmes/" + id;
        });
    }

    @GetMapping("/programmes/{id}/stages/{stageId}/delete")
    String confirmDeleteStage(@PathVariable long id, @PathVariable long stageId, Model model, CurrentUser user) {
        editable(id, user);
        Programmes.StageRowView s = programmes.stage(id, stageId, user);
        return confirm(
                model,
                "programme.delete.stage",
                s.title(),
                "/programmes/" + id + "/stages/" + stageId + "/delete",
                "/programmes/" + id);
    }

    @PostMapping("/programmes/{id}/stages/{stageId}/delete")
    String deleteStage(
            @PathVariable long id, @PathVariable long stageId, RedirectAttributes redirect, CurrentUser user) {
        programmes.deleteStage(id, stageId, user);
        redirect.addFlashAttribute("notice", "programme.stage.deleted");
        return "redirect:/programmes/" + id;
    }

    private String stageForm(Model model, ProgrammeSummary p, Programmes.@Nullable StageRowView stage) {
        model.addAttribute("programme", p);
        model.addAttribute("stage", stage);
        return "programme/stage-form";
    }

    // --- actions ---

    @GetMapping("/programmes/{id}/actions/{actionId}")
    String action(@PathVariable long id, @PathVariable long actionId, Model model, CurrentUser user) {
        ProgrammeView view = programmes.view(id, user);
        ActionView action = view.action(actionId).orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        model.addAttribute("view", view);
        model.addAttribute("action", action);
        model.addAttribute("phases", Phase.values());
        return "programme/action";
    }

    @GetMapping("/programmes/{id}/actions/new")
    String newAction(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long stage,
            Model model,
            CurrentUser user) {
        ProgrammeView view = programmes.view(id, user);
        requireStaff(user);
        long stageId = stage != null
                ? stage
                : view.stages().stream().findFirst().map(StageView::id).orElse(0L);
        int year = view.programme().startsOn().getYear();
        forms.show(
                model, "actionForm", new ActionForm(stageId, null, "", year, year, null, null, null, null, null, null));
        return actionForm(model, view, null, user);
    }

    @PostMapping("/programmes/{id}/actions")
    String addAction(
            @PathVariable long id,
            @Valid ActionForm actionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        return forms.submit(binding, model, response, () -> actionForm(model, view, null, user), () -> {
            long actionId = programmes.addAction(id, actionForm, user);
            redirect.addFlashAttribute("notice", "programme.action.created");
            return "redirect:/programmes/" + id + "/actions/" + actionId;
        });
    }

    @GetMapping("/programmes/{id}/actions/{actionId}/edit")
    String editAction(@PathVariable long id, @PathVariable long actionId, Model model, CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        ActionView a = view.action(actionId).orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        forms.show(
                model,
                "actionForm",
                new ActionForm(
                        a.stageId(),
                        a.theme(),
                        a.title(),
                        a.firstYear(),
                        a.lastYear(),
                        a.description(),
                        a.gain(),
                        a.campaignId(),
                        a.procurementId(),
                        a.serviceCode(),
                        null));
        return actionForm(model, view, a, user);
    }

    @PostMapping("/programmes/{id}/actions/{actionId}")
    String updateAction(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam long version,
            @Valid ActionForm actionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        ActionView a = view.action(actionId).orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        return forms.submit(binding, model, response, () -> actionForm(model, view, a, user), () -> {
            programmes.updateAction(id, actionId, actionForm, version, user);
            redirect.addFlashAttribute("notice", "programme.action.updated");
            return "redirect:/programmes/" + id + "/actions/" + actionId;
        });
    }

    @GetMapping("/programmes/{id}/actions/{actionId}/delete")
    String confirmDeleteAction(@PathVariable long id, @PathVariable long actionId, Model model, CurrentUser user) {
        requireStaff(user);
        ActionView a = programmes
                .view(id, user)
                .action(actionId)
                .orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        return confirm(
                model,
                "programme.delete.action",
                a.title(),
                "/programmes/" + id + "/actions/" + actionId + "/delete",
                "/programmes/" + id + "/actions/" + actionId);
    }

    @PostMapping("/programmes/{id}/actions/{actionId}/delete")
    String deleteAction(
            @PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect, CurrentUser user) {
        programmes.deleteAction(id, actionId, user);
        redirect.addFlashAttribute("notice", "programme.action.deleted");
        return "redirect:/programmes/" + id;
    }

    private String actionForm(Model model, ProgrammeView view, @Nullable ActionView action, CurrentUser user) {
        model.addAttribute("view", view);
        model.addAttribute("action", action);
        model.addAttribute("themes", ItemTheme.values());
        model.addAttribute(
                "campaigns", programmes.linkableCampaigns(view.programme().id(), user));
        model.addAttribute(
                "procurements", programmes.linkableProcurements(view.programme().id(), user));
        return "programme/action-form";
    }

    // --- tasks ---

    @GetMapping("/programmes/{id}/actions/{actionId}/tasks/new")
    String newTask(
            @PathVariable long id,
            @PathVariable long actionId,
            @RequestParam(defaultValue = "0") int phase,
            Model model,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        ActionView a = view.action(actionId).orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        forms.show(
                model,
                "taskForm",
                new TaskForm(
                        Math.max(0, Math.min(2, phase)), "", null, null, null, null, null, null, false, List.of()));
        return taskForm(model, view, a, null);
    }

    @PostMapping("/programmes/{id}/actions/{actionId}/tasks")
    String addTask(
            @PathVariable long id,
            @PathVariable long actionId,
            @Valid TaskForm taskForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        ActionView a = view.action(actionId).orElseThrow(() -> new NotFoundException("programme.action.notfound"));
        return forms.submit(binding, model, response, () -> taskForm(model, view, a, null), () -> {
            programmes.addTask(id, actionId, taskForm, user);
            redirect.addFlashAttribute("notice", "programme.task.created");
            return "redirect:/programmes/" + id + "/actions/" + actionId;
        });
    }

    @GetMapping("/programmes/{id}/tasks/{taskId}/edit")
    String editTask(@PathVariable long id, @PathVariable long taskId, Model model, CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        TaskView t = view.task(taskId).orElseThrow(() -> new NotFoundException("programme.task.notfound"));
        ActionView a = view.action(t.actionId()).orElseThrow();
        forms.show(
                model,
                "taskForm",
                new TaskForm(
                        t.phase().number(),
                        t.title(),
                        t.description(),
                        t.plannedStart(),
                        t.plannedEnd(),
                        t.state().actualStart(),
                        t.state().actualEnd(),
                        t.owner(),
                        t.milestone(),
                        t.predecessors()));
        return taskForm(model, view, a, t);
    }

    @PostMapping("/programmes/{id}/tasks/{taskId}")
    String updateTask(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @Valid TaskForm taskForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        TaskView t = view.task(taskId).orElseThrow(() -> new NotFoundException("programme.task.notfound"));
        ActionView a = view.action(t.actionId()).orElseThrow();
        return forms.submit(binding, model, response, () -> taskForm(model, view, a, t), () -> {
            programmes.updateTask(id, taskId, taskForm, version, user);
            redirect.addFlashAttribute("notice", "programme.task.updated");
            return "redirect:/programmes/" + id + "/actions/" + a.id();
        });
    }

    @PostMapping("/programmes/{id}/tasks/{taskId}/status")
    String setStatus(
            @PathVariable long id,
            @PathVariable long taskId,
            @RequestParam long version,
            @Valid TaskStatusForm taskStatusForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        requireStaff(user);
        ProgrammeView view = programmes.view(id, user);
        TaskView t = view.task(taskId).orElseThrow(() -> new NotFoundException("programme.task.notfound"));
        ActionView a = view.action(t.actionId()).orElseThrow();
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            model.addAttribute("taskForm", null);
            return taskForm(model, view, a, t);
        }
        try {
            programmes.setStatus(id, taskId, taskStatusForm, version, user);
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, e.problems());
            return taskForm(model, view, a, t);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return taskForm(model, view, a, t);
        }
        redirect.addFlashAttribute("notice", "programme.task.status.saved");
        return "redirect:/programmes/" + id + "/actions/" + a.id();
    }

    @GetMapping("/programmes/{id}/tasks/{taskId}/delete")
    String confirmDeleteTask(@PathVariable long id, @PathVariable long taskId, Model model, CurrentUser user) {
        requireStaff(user);
        TaskView t = programmes
                .view(id, user)
                .task(taskId)
                .orElseThrow(() -> new NotFoundException("programme.task.notfound"));
        return confirm(
                model,
                "programme.delete.task",
                t.title(),
                "/programmes/" + id + "/tasks/" + taskId + "/delete",
                "/programmes/" + id + "/actions/" + t.actionId());
    }

    @PostMapping("/programmes/{id}/tasks/{taskId}/delete")
    String deleteTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect, CurrentUser user) {
        TaskView t = programmes
                .view(id, user)
                .task(taskId)
                .orElseThrow(() -> new NotFoundException("programme.task.notfound"));
        programmes.deleteTask(id, taskId, user);
        redirect.addFlashAttribute("notice", "programme.task.deleted");
        return "redirect:/programmes/" + id + "/actions/" + t.actionId();
    }

    private String taskForm(Model model, ProgrammeView view, ActionView action, @Nullable TaskView task) {
        model.addAttribute("view", view);
        model.addAttribute("action", action);
        model.addAttribute("task", task);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute(
                "candidates",
                view.tasks().filter(t -> task == null || t.id() != task.id()).toList());
        return "programme/task-form";
    }

    // --- shared ---

    private String confirm(Model model, String question, String name, String action, String cancel) {
        model.addAttribute("question", question);
        model.addAttribute("name", name);
        model.addAttribute("action", action);
        model.addAttribute("cancel", cancel);
        return "programme/delete";
    }

    private ProgrammeSummary editable(long id, CurrentUser user) {
        ProgrammeSummary p = programmes.view(id, user).programme();
        requireStaff(user);
        return p;
    }

    private void requireStaff(CurrentUser user) {
        if (!programmes.canEdit(user)) {
            throw new ForbiddenException("programme.staffOnly");
        }
    }
}
