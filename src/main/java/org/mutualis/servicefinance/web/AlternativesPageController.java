package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Alternatives;
import org.mutualis.servicefinance.AlternativesView;
import org.mutualis.servicefinance.SubscriptionClassRow;
import org.mutualis.servicefinance.SubscriptionClasses;
import org.mutualis.servicefinance.SubscriptionClassesForm;
import org.mutualis.servicefinance.SubscriptionClassesView;
import org.mutualis.servicefinance.documents.AlternativesOds;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.domain.sharing.Alternative;
import org.mutualis.servicefinance.domain.sharing.SubscriptionClass;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ways of financing the service compared for a year (page and ODS workbook), and the flat
 * subscription's size classes: their list, the administrator's form of the year's whole set, and
 * their removal after confirmation.
 */
@Controller
class AlternativesPageController {

    private static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    /** Blank rows the form offers beyond the classes. */
    private static final int SPARE_ROWS = 3;

    /** The classes offered when none was ever set: the bounds only, as an example to edit. */
    private static final List<int[]> EXAMPLE =
            List.of(new int[] {0, 499}, new int[] {500, 1999}, new int[] {2000, 9999});

    private final Alternatives alternatives;
    private final SubscriptionClasses classes;
    private final FormPages forms;

    AlternativesPageController(Alternatives alternatives, SubscriptionClasses classes, FormPages forms) {
        this.alternatives = alternatives;
        this.classes = classes;
        this.forms = forms;
    }

    @GetMapping("/servicefinance/alternatives")
    String compare(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable BigDecimal total,
            @RequestParam(required = false, defaultValue = "false") boolean everyone,
            Model model,
            CurrentUser user) {
        AlternativesView view = alternatives.compare(territory, year, total, everyone, user);
        model.addAttribute("view", view);
        model.addAttribute("alternatives", Alternative.values());
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/alternatives";
    }

    @GetMapping("/servicefinance/alternatives.ods")
    ResponseEntity<byte[]> ods(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable BigDecimal total,
            @RequestParam(required = false, defaultValue = "false") boolean everyone,
            CurrentUser user) {
        AlternativesView view = alternatives.compare(territory, year, total, everyone, user);
        if (view.comparison() == null) {
            throw new RejectedException(
                    view.blockers().stream().map(t -> Problem.of("year", t)).toList(),
                    "servicefinance.alternatives.refused",
                    String.valueOf(view.year()));
        }
        byte[] body = AlternativesOds.write(view, StatementWords.french());
        return ResponseEntity.ok()
                .contentType(ODS)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("modes-de-financement-" + view.year() + ".ods", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    @GetMapping("/servicefinance/subscription-classes")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("scale", classes.of(territory, year, user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/subscription-classes";
    }

    @GetMapping("/servicefinance/subscription-classes/edit")
    String edit(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        SubscriptionClassesView scale = classes.forEdit(territory, year, user);
        List<SubscriptionClassRow> rows = new ArrayList<>();
        boolean copied = false;
        boolean example = false;
        if (scale.set()) {
            scale.classes().forEach(c -> rows.add(row(c)));
        } else if (scale.previousYear() != null) {
            classes.classes(scale.territoryId(), scale.previousYear()).forEach(c -> rows.add(row(c)));
            copied = true;
        } else {
            for (int[] bounds : EXAMPLE) {
                rows.add(new SubscriptionClassRow(null, bounds[0], bounds[1], null));
            }
            rows.add(new SubscriptionClassRow(null, 10000, null, null));
            example = true;
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new SubscriptionClassRow(null, null, null, null));
        }
        forms.show(model, "subscriptionClassesForm", new SubscriptionClassesForm(rows, scale.version()));
        model.addAttribute("copied", copied);
        model.addAttribute("example", example);
        return form(model, scale, rows.size());
    }

    @PostMapping("/servicefinance/subscription-classes")
    String save(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @Valid SubscriptionClassesForm subscriptionClassesForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        SubscriptionClassesView scale = classes.forEdit(territory, year, user);
        List<SubscriptionClassRow> sent = subscriptionClassesForm.rows();
        int rows = Math.min(sent == null ? 0 : sent.size(), SubscriptionClasses.MAX_CLASSES + SPARE_ROWS);
        model.addAttribute("copied", false);
        model.addAttribute("example", false);
        return forms.submit(binding, model, response, () -> form(model, scale, Math.max(rows, 1)), () -> {
            classes.save(scale.territoryId(), scale.year(), subscriptionClassesForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.alternatives.classes.saved");
            return "redirect:/servicefinance/subscription-classes?territory=" + scale.territoryId() + "&year="
                    + scale.year();
        });
    }

    @GetMapping("/servicefinance/subscription-classes/delete")
    String confirmDelete(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("scale", classes.forEdit(territory, year, user));
        return "servicefinance/subscription-classes-delete";
    }

    @PostMapping("/servicefinance/subscription-classes/delete")
    String delete(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect,
            CurrentUser user) {
        SubscriptionClassesView scale = classes.forEdit(territory, year, user);
        classes.delete(scale.territoryId(), scale.year(), version == null ? -1 : version, user);
        redirect.addFlashAttribute("notice", "servicefinance.alternatives.classes.deleted");
        return "redirect:/servicefinance/subscription-classes?territory=" + scale.territoryId() + "&year="
                + scale.year();
    }

    private static String form(Model model, SubscriptionClassesView scale, int rows) {
        model.addAttribute("scale", scale);
        model.addAttribute("rowCount", rows);
        return "servicefinance/subscription-classes-form";
    }

    private static SubscriptionClassRow row(SubscriptionClass c) {
        return new SubscriptionClassRow(c.label(), c.minPopulation(), c.maxPopulation(), c.annualFee());
    }
}
