package org.mutualis.census.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignInventory;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ConcurrentEditException;
import org.mutualis.census.ResponseCopies;
import org.mutualis.census.ResponseStatus;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.AnswerRejectedException;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.questionnaire.Section;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One collectivité's answer form. Invalid or concurrent input is shown back, never lost. */
@Controller
class ResponsePageController {

    private final Campaigns campaigns;
    private final ResponseCopies copies;
    private final CampaignInventory inventory;

    ResponsePageController(Campaigns campaigns, ResponseCopies copies, CampaignInventory inventory) {
        this.campaigns = campaigns;
        this.copies = copies;
        this.inventory = inventory;
    }

    @GetMapping("/campaigns/{id}/responses/{collectivityId}")
    String show(@PathVariable long id, @PathVariable long collectivityId, Model model, CurrentUser user) {
        ResponseView response = campaigns.response(id, collectivityId, user);
        Map<String, String> values = new LinkedHashMap<>();
        response.answers().forEach((code, value) -> values.put(code, value.display()));
        return form(id, response, values, response.comment(), response.version(), Map.of(), null, user, model);
    }

    @PostMapping("/campaigns/{id}/responses/{collectivityId}")
    String save(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "0") long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect,
            Model model,
            CurrentUser user) {
        Questionnaire questionnaire = campaigns.questionnaire(id, user);
        Map<String, String> values = AnswerForm.answers(questionnaire, params);
        String comment = params.get("comment");
        boolean submit = "submit".equals(params.get("action"));
        Map<String, String> reasons = AnswerForm.reasons(questionnaire, params);
        AnswerSubmission submission = new AnswerSubmission(values, comment, version, reasons);
        // what the user typed comes back with the form if it is refused
        model.addAttribute("reasons", reasons);
        ResponseView saved;
        try {
            saved = submit
                    ? campaigns.submit(id, collectivityId, submission, user)
                    : campaigns.save(id, collectivityId, submission, user);
        } catch (AnswerRejectedException e) {
            ResponseView current = campaigns.response(id, collectivityId, user);
            return form(id, current, values, comment, version, e.errors(), e.text(), user, model);
        } catch (ConcurrentEditException e) {
            // Show the newer stored version next to what this user typed: nothing is lost.
            ResponseView current = campaigns.response(id, collectivityId, user);
            model.addAttribute("theirs", current);
            return form(id, current, values, comment, current.version(), Map.of(), e.text(), user, model);
        } catch (RejectedException e) {
            // A validated or frozen response: say why, and show back what was typed.
            ResponseView current = campaigns.response(id, collectivityId, user);
            return form(id, current, values, comment, current.version(), Map.of(), e.text(), user, model);
        }
        if (submit) {
            // The acknowledgement e-mail; a mail server that fails does not undo the transmission.
            redirect.addFlashAttribute("receipt", String.join(", ", copies.acknowledge(id, collectivityId, user)));
        }
        redirect.addFlashAttribute(
                "notice", submit ? "response.submitted" : saved.counts() ? "response.saved.counted" : "response.saved");
        return "redirect:/campaigns/" + id + "/responses/" + collectivityId;
    }

    /**
     * Validation as you type: with {@code code}, the field's message (htmx), or nothing when the
     * value is fine; with {@code cross}, the rules between the answers sent (a step's), each
     * problem with the question it is about.
     */
    @GetMapping("/campaigns/{id}/check")
    String check(
            @PathVariable long id,
            @RequestParam(required = false) String code,
            @RequestParam Map<String, String> params,
            Model model,
            CurrentUser user) {
        if (code == null || params.containsKey("cross")) {
            Map<String, String> answers = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                if (name.startsWith("a.")) {
                    answers.put(name.substring(2), value);
                } else if (name.startsWith("nc.")) {
                    answers.put(name.substring(3), AnswerValue.NC);
                }
            });
            model.addAttribute("problems", campaigns.crossCheck(id, answers, user));
            model.addAttribute("questionnaire", campaigns.questionnaire(id, user));
            return "census/response :: cross";
        }
        model.addAttribute("code", code);
        model.addAttribute("problem", campaigns.checkAnswer(id, code, params.getOrDefault("a." + code, ""), user));
        return "census/response :: live";
    }

    @PostMapping("/campaigns/{id}/responses/{collectivityId}/validate")
    String validate(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        campaigns.validate(id, collectivityId, version, user);
        redirect.addFlashAttribute("notice", "response.validated");
        return "redirect:/campaigns/" + id + "/responses/" + collectivityId;
    }

    @PostMapping("/campaigns/{id}/responses/{collectivityId}/return")
    String giveBack(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam long version,
            @RequestParam String statusComment,
            RedirectAttributes redirect,
            CurrentUser user) {
        campaigns.returnForCorrection(id, collectivityId, version, statusComment, user);
        redirect.addFlashAttribute("notice", "response.returned");
        return "redirect:/campaigns/" + id + "/responses/" + collectivityId;
    }

    /** One step of the form: a theme, or a section of it (census/sections.csv). */
    record Step(String title, Questionnaire part, List<Question> questions) {}

    static List<Step> steps(List<Questionnaire> themes, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, Section> starts = new LinkedHashMap<>();
        Catalogue.sections().forEach(s -> starts.put(s.code(), s));
        List<Step> steps = new ArrayList<>();
        for (Questionnaire part : themes) {
            String theme = english ? part.titleEn() : part.titleFr();
            String title = theme;
            List<Question> questions = new ArrayList<>();
            for (Question q : part.questions()) {
                Section start = starts.get(q.code());
                if (start != null) {
                    if (!questions.isEmpty()) {
                        steps.add(new Step(title, part, List.copyOf(questions)));
                        questions.clear();
                    }
                    title = theme + " : " + (english ? start.titleEn() : start.titleFr());
                }
                questions.add(q);
            }
            if (!questions.isEmpty()) {
                steps.add(new Step(title, part, List.copyOf(questions)));
            }
        }
        return steps;
    }

    private String form(
            long id,
            ResponseView response,
            Map<String, String> values,
            String comment,
            long version,
            Map<String, Text> errors,
            @org.jspecify.annotations.Nullable Text error,
            CurrentUser user,
            Model model) {
        model.addAttribute("campaign", campaigns.get(id, user));
        model.addAttribute("questionnaire", campaigns.questionnaire(id, user));
        model.addAttribute("response", response);
        model.addAttribute("values", values);
        model.addAttribute("comment", comment);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        // A validated response is read-only for everyone: the staff reopen it first, saying why.
        model.addAttribute("validated", response.status() == ResponseStatus.VALIDATED);
        model.addAttribute(
                "editable",
                user.canEdit(response.collectivity().id())
                        && !campaigns.get(id, user).closed()
                        && response.status() != ResponseStatus.VALIDATED);
        model.addAttribute("staff", user.isStaff());
        List<Questionnaire> themes = campaigns.themes(id, user);
        model.addAttribute("themes", themes);
        model.addAttribute("steps", steps(themes, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "previous",
                campaigns.previousAnswers(id, response.collectivity().id(), user));
        model.addAttribute(
                "history", campaigns.history(id, response.collectivity().id(), user));
        model.addAttribute(
                "sources", inventory.sources(id, response.collectivity().id(), user));
        if (!model.containsAttribute("reasons")) {
            model.addAttribute("reasons", Map.of());
        }
        model.addAttribute("nc", AnswerValue.NC);
        Questionnaire merged = campaigns.questionnaire(id, user);
        model.addAttribute("conditions", merged.conditions());
        model.addAttribute("keep", id + "-" + response.collectivity().id());
        return "census/response";
    }
}
