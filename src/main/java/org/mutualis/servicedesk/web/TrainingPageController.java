package org.mutualis.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.TrainingAttendanceForm;
import org.mutualis.servicedesk.TrainingNeedAnswerForm;
import org.mutualis.servicedesk.TrainingNeedForm;
import org.mutualis.servicedesk.TrainingNeeds;
import org.mutualis.servicedesk.TrainingPresence;
import org.mutualis.servicedesk.TrainingRegistrationForm;
import org.mutualis.servicedesk.TrainingRegistrationStatus;
import org.mutualis.servicedesk.TrainingRegistrationView;
import org.mutualis.servicedesk.TrainingSessionForm;
import org.mutualis.servicedesk.TrainingSessionList;
import org.mutualis.servicedesk.TrainingSessionPage;
import org.mutualis.servicedesk.TrainingSessionStatus;
import org.mutualis.servicedesk.TrainingSessionView;
import org.mutualis.servicedesk.Trainings;
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
 * The trainings of the service centre: sessions to come and past, a session with its
 * registrations, waiting list and attendance, the certificates, the needs of the communes, the
 * training days attended per collectivité.
 */
@Controller
class TrainingPageController {

    private static final String VIEWS = "servicedesk/trainings/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Trainings trainings;
    private final ServiceCentres centres;
    private final FormPages forms;

    TrainingPageController(Trainings trainings, ServiceCentres centres, FormPages forms) {
        this.trainings = trainings;
        this.centres = centres;
        this.forms = forms;
    }

    // --- sessions ---

    @GetMapping("/servicedesk/trainings")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "1") int past,
            Model model,
            CurrentUser user) {
        TrainingSessionList list = trainings.sessions(territory, page, past, user);
        model.addAttribute("list", list);
        model.addAttribute("centre", list.centre());
        model.addAttribute("upcomingPages", PageLinks.of(list.upcoming(), "page"));
        model.addAttribute("pastPages", PageLinks.of(list.past(), "past"));
        return VIEWS + "list";
    }

    @GetMapping("/servicedesk/trainings/new")
    String newSession(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        CentreView centre = trainings.forPlanning(territory, user);
        forms.show(
                model,
                "trainingSessionForm",
                new TrainingSessionForm(
                        "", "", null, null, "09:00", "17:00", "", "", 12, TrainingSessionStatus.PLANNED, null));
        return sessionForm(model, centre, null);
    }

    @PostMapping("/servicedesk/trainings")
    String create(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid TrainingSessionForm trainingSessionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CentreView centre = trainings.forPlanning(territory, user);
        return forms.submit(binding, model, response, () -> sessionForm(model, centre, null), () -> {
            TrainingSessionView created = trainings.create(territory, trainingSessionForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.training.session.created");
            return "redirect:/servicedesk/trainings/" + created.id();
        });
    }

    @GetMapping("/servicedesk/trainings/{id}")
    String session(@PathVariable long id, Model model, CurrentUser user) {
        forms.show(model, "trainingRegistrationForm", new TrainingRegistrationForm(null, "", "", ""));
        return sessionPage(model, trainings.sessionPage(id, user));
    }

    @GetMapping("/servicedesk/trainings/{id}/edit")
    String edit(@PathVariable long id, Model model, CurrentUser user) {
        TrainingSessionView s = trainings.forEdit(id, user);
        CentreView centre = trainings.sessionPage(id, user).centre();
        forms.show(model, "trainingSessionForm", form(s));
        return sessionForm(model, centre, s);
    }

    @PostMapping("/servicedesk/trainings/{id}")
    String update(
            @PathVariable long id,
            @Valid TrainingSessionForm trainingSessionForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TrainingSessionView s = trainings.forEdit(id, user);
        CentreView centre = trainings.sessionPage(id, user).centre();
        return forms.submit(binding, model, response, () -> sessionForm(model, centre, s), () -> {
            trainings.update(id, trainingSessionForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.training.session.updated");
            return "redirect:/servicedesk/trainings/" + id;
        });
    }

    // --- registrations ---

    @PostMapping("/servicedesk/trainings/{id}/registrations")
    String register(
            @PathVariable long id,
            @Valid TrainingRegistrationForm trainingRegistrationForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        trainings.registrations(id, user);
        return forms.submit(binding, model, response, () -> sessionPage(model, trainings.sessionPage(id, user)), () -> {
            TrainingRegistrationView r = trainings.register(id, trainingRegistrationForm, user);
            redirect.addFlashAttribute(
                    "notice",
                    r.status() == TrainingRegistrationStatus.WAITING
                            ? "servicedesk.training.registration.waiting"
                            : "servicedesk.training.registration.confirmed");
            return "redirect:/servicedesk/trainings/" + id;
        });
    }

    @GetMapping("/servicedesk/trainings/{id}/registrations/{registrationId}/cancel")
    String confirmCancel(@PathVariable long id, @PathVariable long registrationId, Model model, CurrentUser user) {
        TrainingRegistrationView r = trainings.registration(id, registrationId, user);
        model.addAttribute("training", trainings.session(id, user));
        model.addAttribute("registration", r);
        return VIEWS + "cancel";
    }

    @PostMapping("/servicedesk/trainings/{id}/registrations/{registrationId}/cancel")
    String cancel(
            @PathVariable long id,
            @PathVariable long registrationId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        trainings.registration(id, registrationId, user);
        try {
            trainings.cancel(id, registrationId, user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.show(model, "trainingRegistrationForm", new TrainingRegistrationForm(null, "", "", ""));
            forms.refused(model, List.of(Problem.of(null, e.code(), e.args())));
            return sessionPage(model, trainings.sessionPage(id, user));
        }
        redirect.addFlashAttribute("notice", "servicedesk.training.registration.cancelledNotice");
        return "redirect:/servicedesk/trainings/" + id;
    }

    @GetMapping("/servicedesk/trainings/{id}/registrations/{registrationId}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable long registrationId, CurrentUser user) {
        return pdf(trainings.certificate(id, registrationId, user), "attestation-presence-" + registrationId);
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return Downloads.attachment(body, MediaType.APPLICATION_PDF, name + ".pdf");
    }

    // --- attendance ---

    @PostMapping("/servicedesk/trainings/{id}/attendance")
    String attendance(
            @PathVariable long id,
            @Valid TrainingAttendanceForm trainingAttendanceForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        trainings.forEdit(id, user);
        forms.show(model, "trainingRegistrationForm", new TrainingRegistrationForm(null, "", "", ""));
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, List.of(Problem.of("marks", "servicedesk.training.attendance.unknown")));
            return sessionPage(model, trainings.sessionPage(id, user));
        }
        try {
            trainings.attendance(id, trainingAttendanceForm, user);
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, e.problems().isEmpty() ? List.of(Problem.of(null, e.code(), e.args())) : e.problems());
            return sessionPage(model, trainings.sessionPage(id, user));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, List.of(Problem.of(null, e.code(), e.args())));
            return sessionPage(model, trainings.sessionPage(id, user));
        }
        redirect.addFlashAttribute("notice", "servicedesk.training.attendance.saved");
        return "redirect:/servicedesk/trainings/" + id;
    }

    // --- needs ---

    @GetMapping("/servicedesk/trainings/needs")
    String needs(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        forms.show(model, "trainingNeedForm", new TrainingNeedForm(null, "", 1, ""));
        return needsPage(model, trainings.needs(territory, user));
    }

    @PostMapping("/servicedesk/trainings/needs")
    String submitNeed(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid TrainingNeedForm trainingNeedForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TrainingNeeds needs = trainings.needs(territory, user);
        return forms.submit(binding, model, response, () -> needsPage(model, needs), () -> {
            trainings.submitNeed(territory, trainingNeedForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.training.need.sent");
            return "redirect:/servicedesk/trainings/needs" + (territory == null ? "" : "?territory=" + territory);
        });
    }

    @PostMapping("/servicedesk/trainings/needs/{needId}/answer")
    String answerNeed(
            @PathVariable long needId,
            @Valid TrainingNeedAnswerForm trainingNeedAnswerForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        trainings.forAnswer(needId, user);
        if (binding.hasErrors()) {
            throw new RejectedException(
                    List.of(Problem.of("sessionId", "servicedesk.training.need.session")), "form.refused");
        }
        var answered = trainings.answerNeed(needId, trainingNeedAnswerForm, user);
        redirect.addFlashAttribute("notice", "servicedesk.training.need.answered");
        return "redirect:/servicedesk/trainings/needs?territory="
                + centres.find(answered.centreId()).territoryId() + "#need-" + answered.id();
    }

    // --- training days ---

    @GetMapping("/servicedesk/trainings/days")
    String days(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        var days = trainings.days(territory, year, user);
        model.addAttribute("days", days);
        model.addAttribute("centre", days.centre());
        model.addAttribute("year", days.from().getYear());
        return VIEWS + "days";
    }

    // --- views ---

    private String sessionForm(Model model, CentreView centre, @Nullable TrainingSessionView editing) {
        model.addAttribute("centre", centre);
        model.addAttribute("editing", editing);
        model.addAttribute("statuses", TrainingSessionStatus.values());
        return VIEWS + "session-form";
    }

    private String sessionPage(Model model, TrainingSessionPage page) {
        model.addAttribute("page", page);
        model.addAttribute("centre", page.centre());
        model.addAttribute("training", page.session());
        model.addAttribute("presences", TrainingPresence.values());
        List<TrainingRegistrationView> seated = new ArrayList<>();
        for (TrainingRegistrationView r : page.registrations()) {
            if (r.status() == TrainingRegistrationStatus.CONFIRMED) {
                seated.add(r);
            }
        }
        model.addAttribute("marks", seated);
        return VIEWS + "session";
    }

    private String needsPage(Model model, TrainingNeeds needs) {
        model.addAttribute("needs", needs);
        model.addAttribute("centre", needs.centre());
        return VIEWS + "needs";
    }

    private static TrainingSessionForm form(TrainingSessionView s) {
        return new TrainingSessionForm(
                s.topic(),
                s.description(),
                s.firstDay(),
                s.lastDay(),
                TIME.format(s.startTime()),
                TIME.format(s.endTime()),
                s.place(),
                s.trainer(),
                s.capacity(),
                s.status(),
                (long) s.version());
    }
}
