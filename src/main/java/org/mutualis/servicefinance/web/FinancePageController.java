package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.FinanceSettingsForm;
import org.mutualis.servicefinance.FinanceSettingsView;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.domain.ServiceForm;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.web.FormPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory's page of the service's money side: the form of the service chosen at stages 3
 * and 4 with its legal basis, the renewal reminder, the conventions due for renewal, links to the
 * catalogue and the conventions.
 */
@Controller
class FinancePageController {

    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final FormPages forms;

    FinancePageController(ServiceCatalogue catalogue, Conventions conventions, FormPages forms) {
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.forms = forms;
    }

    @GetMapping("/servicefinance")
    String home(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        FinanceSettingsView settings = catalogue.settings(territory, user);
        forms.show(
                model,
                "financeSettingsForm",
                new FinanceSettingsForm(
                        settings.pairForm(),
                        settings.communesForm(),
                        settings.formNote(),
                        settings.reminderDays(),
                        (long) settings.version()));
        return page(model, settings, user);
    }

    @PostMapping("/servicefinance/settings")
    String settings(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid FinanceSettingsForm financeSettingsForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        if (!user.isAdministrator()) {
            throw new ForbiddenException("servicefinance.admin.only");
        }
        FinanceSettingsView settings = catalogue.settings(territory, user);
        return forms.submit(binding, model, response, () -> page(model, settings, user), () -> {
            catalogue.updateSettings(settings.territoryId(), financeSettingsForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.settings.saved");
            return "redirect:/servicefinance?territory=" + settings.territoryId();
        });
    }

    private String page(Model model, FinanceSettingsView settings, CurrentUser user) {
        model.addAttribute("settings", settings);
        model.addAttribute(
                "pairForms",
                Arrays.stream(ServiceForm.values()).filter(f -> f.stage() == 3).toList());
        model.addAttribute(
                "communesForms",
                Arrays.stream(ServiceForm.values()).filter(f -> f.stage() == 4).toList());
        model.addAttribute("renewals", conventions.renewalsDue(settings.territoryId(), user));
        model.addAttribute("admin", user.isAdministrator());
        return "servicefinance/home";
    }
}
