package org.mutualis.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.BodyForm;
import org.mutualis.programme.BodyKind;
import org.mutualis.programme.BodyRole;
import org.mutualis.programme.BodyView;
import org.mutualis.programme.DecisionForm;
import org.mutualis.programme.DecisionRegister;
import org.mutualis.programme.DecisionStatus;
import org.mutualis.programme.DecisionView;
import org.mutualis.programme.DeliberationForm;
import org.mutualis.programme.DeliberationNumberForm;
import org.mutualis.programme.Governance;
import org.mutualis.programme.GovernanceProgramme;
import org.mutualis.programme.MeetingAttendance;
import org.mutualis.programme.MeetingForm;
import org.mutualis.programme.MeetingMinutes;
import org.mutualis.programme.MeetingPresence;
import org.mutualis.programme.MeetingStatus;
import org.mutualis.programme.MeetingView;
import org.mutualis.programme.MemberForm;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.Downloads;
import org.mutualis.shared.web.FormPages;
import org.mutualis.shared.web.PageLinks;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governance pages of a programme: its bodies and members, their meetings (agenda, minutes,
 * attendance), the decisions register with the council deliberations, and their PDF and ODS.
 */
@Controller
class GovernancePageController {

    static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String VIEWS = "programme/governance/";

    private final Governance governance;
    private final FormPages forms;

    GovernancePageController(Governance governance, FormPages forms) {
        this.governance = governance;
        this.forms = forms;
    }

    // --- overview and bodies ---

    @GetMapping("/programmes/{id}/governance")
    String overview(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("overview", governance.overview(id, user));
        return VIEWS + "overview";
    }

    @GetMapping("/programmes/{id}/bodies/new")
    String newBody(@PathVariable long id, Model model, CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        forms.show(model, "bodyForm", new BodyForm(BodyKind.STEERING_COMMITTEE, "", ""));
        return bodyForm(model, programme, null);
    }

    @PostMapping("/programmes/{id}/bodies")
    String createBody(
            @PathVariable long id,
            @Valid BodyForm bodyForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        return forms.submit(binding, model, response, () -> bodyForm(model, programme, null), () -> {
            BodyView body = governance.createBody(id, bodyForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.body.created");
            return "redirect:/programmes/" + id + "/bodies/" + body.id();
        });
    }

    @GetMapping("/programmes/{id}/bodies/{bodyId}")
    String body(@PathVariable long id, @PathVariable long bodyId, Model model, CurrentUser user) {
        GovernanceProgramme programme = governance.programme(id, user);
        forms.show(model, "memberForm", new MemberForm(null, "", "", null, BodyRole.MEMBER));
        return bodyPage(model, programme, bodyId, user);
    }

    @GetMapping("/programmes/{id}/bodies/{bodyId}/edit")
    String editBody(@PathVariable long id, @PathVariable long bodyId, Model model, CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        BodyView body = governance.body(id, bodyId, user);
        forms.show(model, "bodyForm", new BodyForm(body.kind(), body.name(), body.theme()));
        return bodyForm(model, programme, body);
    }

    @PostMapping("/programmes/{id}/bodies/{bodyId}")
    String updateBody(
            @PathVariable long id,
            @PathVariable long bodyId,
            @Valid BodyForm bodyForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        BodyView body = governance.body(id, bodyId, user);
        return forms.submit(binding, model, response, () -> bodyForm(model, programme, body), () -> {
            governance.updateBody(id, bodyId, bodyForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.body.updated");
            return "redirect:/programmes/" + id + "/bodies/" + bodyId;
        });
    }

    @GetMapping("/programmes/{id}/bodies/{bodyId}/delete")
    String confirmDeleteBody(@PathVariable long id, @PathVariable long bodyId, Model model, CurrentUser user) {
        governance.forEdit(id, user);
        BodyView body = governance.body(id, bodyId, user);
        return confirm(
                model,
                "programme.governance.body.delete.title",
                "programme.governance.body.delete.confirm",
                body.name(),
                "/programmes/" + id + "/bodies/" + bodyId + "/delete",
                "/programmes/" + id + "/bodies/" + bodyId);
    }

    @PostMapping("/programmes/{id}/bodies/{bodyId}/delete")
    String deleteBody(@PathVariable long id, @PathVariable long bodyId, RedirectAttributes redirect, CurrentUser user) {
        governance.deleteBody(id, bodyId, user);
        redirect.addFlashAttribute("notice", "programme.governance.body.deleted");
        return "redirect:/programmes/" + id + "/governance";
    }

    // --- members ---

    @PostMapping("/programmes/{id}/bodies/{bodyId}/members")
    String addMember(
            @PathVariable long id,
            @PathVariable long bodyId,
            @Valid MemberForm memberForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        governance.body(id, bodyId, user);
        return forms.submit(binding, model, response, () -> bodyPage(model, programme, bodyId, user), () -> {
            governance.addMember(id, bodyId, memberForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.member.added");
            return "redirect:/programmes/" + id + "/bodies/" + bodyId;
        });
    }

    @GetMapping("/programmes/{id}/bodies/{bodyId}/members/{memberId}/remove")
    String confirmRemoveMember(
            @PathVariable long id,
            @PathVariable long bodyId,
            @PathVariable long memberId,
            Model model,
            CurrentUser user) {
        governance.forEdit(id, user);
        var member = governance.member(id, bodyId, memberId, user);
        return confirm(
                model,
                "programme.governance.member.remove.title",
                "programme.governance.member.remove.confirm",
                member.name(),
                "/programmes/" + id + "/bodies/" + bodyId + "/members/" + memberId + "/remove",
                "/programmes/" + id + "/bodies/" + bodyId);
    }

    @PostMapping("/programmes/{id}/bodies/{bodyId}/members/{memberId}/remove")
    String removeMember(
            @PathVariable long id,
            @PathVariable long bodyId,
            @PathVariable long memberId,
            RedirectAttributes redirect,
            CurrentUser user) {
        governance.removeMember(id, bodyId, memberId, user);
        redirect.addFlashAttribute("notice", "programme.governance.member.removed");
        return "redirect:/programmes/" + id + "/bodies/" + bodyId;
    }

    // --- meetings ---

    @GetMapping("/programmes/{id}/bodies/{bodyId}/meetings/new")
    String newMeeting(@PathVariable long id, @PathVariable long bodyId, Model model, CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        BodyView body = governance.body(id, bodyId, user);
        forms.show(model, "meetingForm", new MeetingForm(null, "14:00", "", "", "", MeetingStatus.PLANNED, null, null));
        return meetingForm(model, programme, body);
    }

    @PostMapping("/programmes/{id}/bodies/{bodyId}/meetings")
    String createMeeting(
            @PathVariable long id,
            @PathVariable long bodyId,
            @Valid MeetingForm meetingForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        BodyView body = governance.body(id, bodyId, user);
        return forms.submit(binding, model, response, () -> meetingForm(model, programme, body), () -> {
            MeetingView meeting = governance.createMeeting(id, bodyId, meetingForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.meeting.created");
            return "redirect:/programmes/" + id + "/meetings/" + meeting.id();
        });
    }

    @GetMapping("/programmes/{id}/meetings/{meetingId}")
    String meeting(@PathVariable long id, @PathVariable long meetingId, Model model, CurrentUser user) {
        MeetingMinutes minutes = governance.minutes(id, meetingId, user);
        MeetingView m = minutes.meeting();
        forms.show(
                model,
                "meetingForm",
                new MeetingForm(
                        m.heldAt().toLocalDate(),
                        TIME.format(m.heldAt()),
                        m.place(),
                        m.agenda(),
                        m.minutes(),
                        m.status(),
                        null,
                        (long) m.version()));
        return meetingPage(model, minutes, marks(m), m.version(), user);
    }

    @PostMapping("/programmes/{id}/meetings/{meetingId}")
    String updateMeeting(
            @PathVariable long id,
            @PathVariable long meetingId,
            @Valid MeetingForm meetingForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        governance.forEdit(id, user);
        MeetingMinutes minutes = governance.minutes(id, meetingId, user);
        Map<Long, String> typed = typed(meetingForm);
        long version = meetingForm.version() == null ? minutes.meeting().version() : meetingForm.version();
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            return meetingPage(model, minutes, typed, version, user);
        }
        try {
            governance.updateMeeting(id, meetingId, meetingForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.meeting.updated");
            return "redirect:/programmes/" + id + "/meetings/" + meetingId;
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding, e.problems());
            return meetingPage(model, minutes, typed, version, user);
        } catch (ConflictException e) {
            // What the others saved is shown; the text typed stays in the form, on the newer version.
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return meetingPage(model, minutes, typed, version, user);
        }
    }

    @GetMapping("/programmes/{id}/meetings/{meetingId}/delete")
    String confirmDeleteMeeting(@PathVariable long id, @PathVariable long meetingId, Model model, CurrentUser user) {
        governance.forEdit(id, user);
        MeetingView m = governance.meeting(id, meetingId, user);
        return confirm(
                model,
                "programme.governance.meeting.delete.title",
                "programme.governance.meeting.delete.confirm",
                m.bodyName() + ", " + org.mutualis.programme.documents.GovernanceText.dateTime(m.heldAt()),
                "/programmes/" + id + "/meetings/" + meetingId + "/delete",
                "/programmes/" + id + "/meetings/" + meetingId);
    }

    @PostMapping("/programmes/{id}/meetings/{meetingId}/delete")
    String deleteMeeting(
            @PathVariable long id, @PathVariable long meetingId, RedirectAttributes redirect, CurrentUser user) {
        governance.deleteMeeting(id, meetingId, user);
        redirect.addFlashAttribute("notice", "programme.governance.meeting.deleted");
        return "redirect:/programmes/" + id + "/governance";
    }

    @GetMapping("/programmes/{id}/meetings/{meetingId}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return download(
                governance.minutesPdf(id, meetingId, user),
                MediaType.APPLICATION_PDF,
                "compte-rendu-" + meetingId,
                "pdf");
    }

    @GetMapping("/programmes/{id}/meetings/{meetingId}/minutes.ods")
    ResponseEntity<byte[]> minutesOds(@PathVariable long id, @PathVariable long meetingId, CurrentUser user) {
        return download(governance.minutesOds(id, meetingId, user), ODS, "compte-rendu-" + meetingId, "ods");
    }

    // --- decisions register and deliberations ---

    @GetMapping("/programmes/{id}/decisions")
    String register(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model, CurrentUser user) {
        DecisionRegister register = governance.register(id, page, user);
        if (register.editable()) {
            forms.show(model, "deliberationForm", new DeliberationForm(null, "", "", null));
        }
        return registerPage(model, register, user);
    }

    @GetMapping("/programmes/{id}/decisions.pdf")
    ResponseEntity<byte[]> registerPdf(@PathVariable long id, CurrentUser user) {
        return download(governance.registerPdf(id, user), MediaType.APPLICATION_PDF, "registre-decisions-" + id, "pdf");
    }

    @GetMapping("/programmes/{id}/decisions.ods")
    ResponseEntity<byte[]> registerOds(@PathVariable long id, CurrentUser user) {
        return download(governance.registerOds(id, user), ODS, "registre-decisions-" + id, "ods");
    }

    @GetMapping("/programmes/{id}/decisions/new")
    String newDecision(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long meeting,
            Model model,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        Long body = null;
        java.time.LocalDate on = null;
        if (meeting != null) {
            MeetingView m = governance.meeting(id, meeting, user);
            body = m.bodyId();
            on = m.heldAt().toLocalDate();
        }
        forms.show(model, "decisionForm", new DecisionForm(body, meeting, on, "", null, DecisionStatus.ADOPTED));
        return decisionForm(model, programme, null, user);
    }

    @PostMapping("/programmes/{id}/decisions")
    String createDecision(
            @PathVariable long id,
            @Valid DecisionForm decisionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        return forms.submit(binding, model, response, () -> decisionForm(model, programme, null, user), () -> {
            DecisionView d = governance.createDecision(id, decisionForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.decision.created");
            return d.meetingId() != null
                    ? "redirect:/programmes/" + id + "/meetings/" + d.meetingId()
                    : "redirect:/programmes/" + id + "/decisions";
        });
    }

    @GetMapping("/programmes/{id}/decisions/{decisionId}/edit")
    String editDecision(@PathVariable long id, @PathVariable long decisionId, Model model, CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        DecisionView d = governance.decision(id, decisionId, user);
        forms.show(
                model,
                "decisionForm",
                new DecisionForm(d.bodyId(), d.meetingId(), d.decidedOn(), d.text(), d.actionId(), d.status()));
        return decisionForm(model, programme, d, user);
    }

    @PostMapping("/programmes/{id}/decisions/{decisionId}")
    String updateDecision(
            @PathVariable long id,
            @PathVariable long decisionId,
            @Valid DecisionForm decisionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        GovernanceProgramme programme = governance.forEdit(id, user);
        DecisionView d = governance.decision(id, decisionId, user);
        return forms.submit(binding, model, response, () -> decisionForm(model, programme, d, user), () -> {
            governance.updateDecision(id, decisionId, decisionForm, user);
            redirect.addFlashAttribute("notice", "programme.governance.decision.updated");
            return "redirect:/programmes/" + id + "/decisions";
        });
    }

    @GetMapping("/programmes/{id}/decisions/{decisionId}/delete")
    String confirmDeleteDecision(@PathVariable long id, @PathVariable long decisionId, Model model, CurrentUser user) {
        governance.forEdit(id, user);
        DecisionView d = governance.decision(id, decisionId, user);
        return confirm(
                model,
                "programme.governance.decision.delete.title",
                "programme.governance.decision.delete.confirm",
                d.text(),
                "/programmes/" + id + "/decisions/" + decisionId + "/delete",
                "/programmes/" + id + "/decisions");
    }

    @PostMapping("/programmes/{id}/decisions/{decisionId}/delete")
    String deleteDecision(
            @PathVariable long id, @PathVariable long decisionId, RedirectAttributes redirect, CurrentUser user) {
        governance.deleteDecision(id, decisionId, user);
        redirect.addFlashAttribute("notice", "programme.governance.decision.deleted");
        return "redirect:/programmes/" + id + "/decisions";
    }

    @PostMapping("/programmes/{id}/deliberations/numbers")
    String number(
            @PathVariable long id,
            @Valid DeliberationNumberForm deliberationNumberForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        governance.forEdit(id, user);
        return forms.submit(
                binding, model, response, () -> registerPage(model, governance.register(id, 1, user), user), () -> {
                    governance.number(id, deliberationNumberForm, user);
                    redirect.addFlashAttribute("notice", "programme.governance.deliberation.saved");
                    return "redirect:/programmes/" + id + "/decisions";
                });
    }

    @PostMapping("/programmes/{id}/deliberations")
    String recordDeliberation(
            @PathVariable long id,
            @Valid DeliberationForm deliberationForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        governance.forEdit(id, user);
        return forms.submit(
                binding, model, response, () -> registerPage(model, governance.register(id, 1, user), user), () -> {
                    governance.recordDeliberation(id, deliberationForm, user);
                    redirect.addFlashAttribute("notice", "programme.governance.deliberation.saved");
                    return "redirect:/programmes/" + id + "/decisions";
                });
    }

    @GetMapping("/programmes/{id}/deliberations/{deliberationId}/delete")
    String confirmDeleteDeliberation(
            @PathVariable long id, @PathVariable long deliberationId, Model model, CurrentUser user) {
        governance.forEdit(id, user);
        var d = governance.deliberation(id, deliberationId, user);
        return confirm(
                model,
                "programme.governance.deliberation.delete.title",
                "programme.governance.deliberation.delete.confirm",
                d.collectivityName() + " — " + d.subject(),
                "/programmes/" + id + "/deliberations/" + deliberationId + "/delete",
                "/programmes/" + id + "/decisions");
    }

    @PostMapping("/programmes/{id}/deliberations/{deliberationId}/delete")
    String deleteDeliberation(
            @PathVariable long id, @PathVariable long deliberationId, RedirectAttributes redirect, CurrentUser user) {
        governance.deleteDeliberation(id, deliberationId, user);
        redirect.addFlashAttribute("notice", "programme.governance.deliberation.deleted");
        return "redirect:/programmes/" + id + "/decisions";
    }

    // --- views ---

    private String bodyForm(Model model, GovernanceProgramme programme, @Nullable BodyView editing) {
        model.addAttribute("programme", programme);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", BodyKind.values());
        return VIEWS + "body-form";
    }

    private String bodyPage(Model model, GovernanceProgramme programme, long bodyId, CurrentUser user) {
        model.addAttribute("programme", programme);
        model.addAttribute("body", governance.body(programme.id(), bodyId, user));
        model.addAttribute("meetings", governance.meetingsOf(programme.id(), bodyId, user));
        model.addAttribute("editable", governance.canEdit(user));
        model.addAttribute("roles", BodyRole.values());
        if (governance.canEdit(user)) {
            model.addAttribute("accounts", governance.accounts(programme.id(), user));
            model.addAttribute("collectivities", governance.collectivities(programme.id(), user));
        }
        return VIEWS + "body";
    }

    private String meetingForm(Model model, GovernanceProgramme programme, BodyView body) {
        model.addAttribute("programme", programme);
        model.addAttribute("body", body);
        model.addAttribute("statuses", MeetingStatus.values());
        return VIEWS + "meeting-form";
    }

    private String meetingPage(
            Model model, MeetingMinutes minutes, Map<Long, String> marks, long version, CurrentUser user) {
        model.addAttribute("programme", minutes.programme());
        model.addAttribute("minutes", minutes);
        model.addAttribute("meeting", minutes.meeting());
        model.addAttribute("marks", marks);
        model.addAttribute("version", version);
        model.addAttribute("editable", governance.canEdit(user));
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("presences", MeetingPresence.values());
        return VIEWS + "meeting";
    }

    private String registerPage(Model model, DecisionRegister register, CurrentUser user) {
        long id = register.programme().id();
        model.addAttribute("programme", register.programme());
        model.addAttribute("register", register);
        model.addAttribute("page", register.decisions());
        model.addAttribute("pages", PageLinks.of(register.decisions()));
        if (register.editable()) {
            model.addAttribute("collectivities", governance.collectivities(id, user));
        }
        return VIEWS + "register";
    }

    private String decisionForm(
            Model model, GovernanceProgramme programme, @Nullable DecisionView editing, CurrentUser user) {
        long id = programme.id();
        model.addAttribute("programme", programme);
        model.addAttribute("editing", editing);
        model.addAttribute("bodies", governance.bodies(id, user));
        model.addAttribute("meetings", governance.meetings(id, user));
        model.addAttribute("actions", governance.actions(id, user));
        model.addAttribute("statuses", DecisionStatus.values());
        return VIEWS + "decision-form";
    }

    private static String confirm(
            Model model, String title, String question, String what, String action, String cancel) {
        model.addAttribute("title", title);
        model.addAttribute("question", question);
        model.addAttribute("what", what);
        model.addAttribute("action", action);
        model.addAttribute("cancel", cancel);
        return VIEWS + "delete";
    }

    private static Map<Long, String> marks(MeetingView meeting) {
        Map<Long, String> marks = new HashMap<>();
        for (MeetingAttendance a : meeting.attendance()) {
            marks.put(a.memberId(), a.presence() == null ? "" : a.presence().name());
        }
        return marks;
    }

    private static Map<Long, String> typed(MeetingForm form) {
        Map<Long, String> marks = new HashMap<>();
        if (form.attendance() != null) {
            form.attendance().forEach((member, presence) -> {
                if (member != null) {
                    marks.put(member, presence == null ? "" : presence.name());
                }
            });
        }
        return marks;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name, String extension) {
        return Downloads.attachment(body, type, name + "." + extension);
    }
}
