package org.mutualis.questionnaire.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.QuestionnaireVersion;
import org.mutualis.questionnaire.Questionnaires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' questionnaire versions: write a new version, then publish it. */
@Controller
@RequestMapping("/admin/questionnaires")
class QuestionnairePageController {

    private final Questionnaires questionnaires;

    QuestionnairePageController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping
    String list(Model model, CurrentUser user) {
        Map<String, List<QuestionnaireVersion>> byTheme = new LinkedHashMap<>();
        questionnaires
                .versions(user)
                .forEach(v -> byTheme.computeIfAbsent(v.theme(), t -> new java.util.ArrayList<>())
                        .add(v));
        model.addAttribute("themes", byTheme);
        return "census/questionnaires";
    }

    @GetMapping("/{theme}/drafts")
    String confirmDraft(@PathVariable String theme, Model model, CurrentUser admin) {
        questionnaires.versions(admin);
        int latest = questionnaires.latest(theme).version();
        return confirm(
                model,
                "questionnaires.draft.confirm.title",
                "questionnaires.draft.confirm",
                List.of(theme, latest, latest + 1),
                "/admin/questionnaires/" + theme + "/drafts",
                "/admin/questionnaires",
                "questionnaires.draft");
    }

    @PostMapping("/{theme}/drafts")
    String draft(@PathVariable String theme, RedirectAttributes redirect, CurrentUser user) {
        QuestionnaireVersion draft = questionnaires.draftFrom(theme, user);
        redirect.addFlashAttribute("notice", "questionnaires.draft.created");
        return "redirect:" + path(theme, draft.version());
    }

    @GetMapping("/{theme}/{version}")
    String show(@PathVariable String theme, @PathVariable int version, Model model, CurrentUser admin) {
        QuestionnaireVersion described = questionnaires.version(theme, version, admin);
        model.addAttribute("version", described);
        model.addAttribute("questionnaire", questionnaires.load(theme, version));
        model.addAttribute(
                "addable", described.draft() ? questionnaires.addableIndicators(theme, version, admin) : List.of());
        return "census/questionnaire";
    }

    @PostMapping("/{theme}/{version}/questions/{code}")
    String reword(
            @PathVariable String theme,
            @PathVariable int version,
            @PathVariable String code,
            @RequestParam String labelFr,
            @RequestParam String labelEn,
            @RequestParam String helpFr,
            RedirectAttributes redirect,
            CurrentUser user) {
        questionnaires.reword(theme, version, code, labelFr, labelEn, helpFr, user);
        redirect.addFlashAttribute("notice", "questionnaires.question.reworded");
        return "redirect:" + path(theme, version) + "#q-" + code;
    }

    @PostMapping("/{theme}/{version}/questions/{code}/move")
    String move(
            @PathVariable String theme,
            @PathVariable int version,
            @PathVariable String code,
            @RequestParam String direction,
            CurrentUser user) {
        questionnaires.move(theme, version, code, "up".equals(direction), user);
        return "redirect:" + path(theme, version) + "#q-" + code;
    }

    @GetMapping("/{theme}/{version}/questions/{code}/remove")
    String confirmRemove(
            @PathVariable String theme,
            @PathVariable int version,
            @PathVariable String code,
            Model model,
            CurrentUser user) {
        questionnaires.question(theme, version, code, user);
        return confirm(
                model,
                "questionnaires.remove.confirm.title",
                "questionnaires.remove.confirm",
                List.of(code, version),
                path(theme, version) + "/questions/" + code + "/remove",
                path(theme, version),
                "questionnaires.remove");
    }

    @PostMapping("/{theme}/{version}/questions/{code}/remove")
    String remove(
            @PathVariable String theme,
            @PathVariable int version,
            @PathVariable String code,
            RedirectAttributes redirect,
            CurrentUser user) {
        questionnaires.remove(theme, version, code, user);
        redirect.addFlashAttribute("notice", "questionnaires.question.removed");
        return "redirect:" + path(theme, version);
    }

    @PostMapping("/{theme}/{version}/questions")
    String add(
            @PathVariable String theme,
            @PathVariable int version,
            @RequestParam String indicator,
            @RequestParam(defaultValue = "") String labelFr,
            @RequestParam(defaultValue = "") String labelEn,
            @RequestParam(defaultValue = "") String helpFr,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(defaultValue = "false") boolean allowsNc,
            RedirectAttributes redirect,
            CurrentUser user) {
        var added = questionnaires.add(theme, version, indicator, labelFr, labelEn, helpFr, required, allowsNc, user);
        redirect.addFlashAttribute("notice", "questionnaires.question.added");
        return "redirect:" + path(theme, version) + "#q-" + added.code();
    }

    @GetMapping("/{theme}/{version}/publish")
    String confirmPublish(@PathVariable String theme, @PathVariable int version, Model model, CurrentUser user) {
        questionnaires.version(theme, version, user);
        return confirm(
                model,
                "questionnaires.publish.confirm.title",
                "questionnaires.publish.confirm",
                List.of(theme, version),
                path(theme, version) + "/publish",
                path(theme, version),
                "questionnaires.publish");
    }

    @PostMapping("/{theme}/{version}/publish")
    String publish(
            @PathVariable String theme, @PathVariable int version, RedirectAttributes redirect, CurrentUser user) {
        questionnaires.publish(theme, version, user);
        redirect.addFlashAttribute("notice", "questionnaires.published");
        return "redirect:" + path(theme, version);
    }

    private static String confirm(
            Model model,
            String title,
            String message,
            List<Object> arguments,
            String action,
            String cancel,
            String button) {
        model.addAttribute("titleKey", title);
        model.addAttribute("messageKey", message);
        model.addAttribute("arguments", arguments);
        model.addAttribute("action", action);
        model.addAttribute("cancel", cancel);
        model.addAttribute("button", button);
        return "census/questionnaire-confirm";
    }

    private static String path(String theme, int version) {
        return "/admin/questionnaires/" + theme + "/" + version;
    }
}
