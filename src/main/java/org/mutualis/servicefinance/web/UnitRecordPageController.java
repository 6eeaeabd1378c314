package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.ManualUnitForm;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.UnitRecords;
import org.mutualis.servicefinance.UnitRecordsView;
import org.mutualis.shared.web.FormPages;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The recorded units' pages: the collectivités to choose from, one collectivité's units of a year
 * line by line with their sources (a link to the ticket or the session where the reader may follow
 * it), and the administrator's manual entries.
 */
@Controller
class UnitRecordPageController {

    private final UnitRecords records;
    private final ServiceCatalogue catalogue;
    private final FormPages forms;

    UnitRecordPageController(UnitRecords records, ServiceCatalogue catalogue, FormPages forms) {
        this.records = records;
        this.catalogue = catalogue;
        this.forms = forms;
    }

    @GetMapping("/servicefinance/units")
    String index(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("members", records.collectivities(territory, user));
        model.addAttribute("year", year);
        return "servicefinance/units-index";
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/units")
    String units(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        UnitRecordsView view = records.of(collectivityId, year, user);
        forms.show(model, "manualUnitForm", new ManualUnitForm(null, null, null, null));
        return page(model, view, user);
    }

    @PostMapping("/servicefinance/collectivities/{collectivityId}/units")
    String add(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            @Valid ManualUnitForm manualUnitForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        CollectivityView c = records.manualTarget(collectivityId, user);
        return forms.submit(binding, model, response, () -> page(model, records.of(c.id(), year, user), user), () -> {
            var line = records.addManual(c.id(), manualUnitForm, user);
            redirect.addFlashAttribute("notice", "servicefinance.units.manual.added");
            return "redirect:/servicefinance/collectivities/" + c.id() + "/units?year="
                    + line.date().getYear();
        });
    }

    @PostMapping("/servicefinance/units/{manualId}/delete")
    String remove(@PathVariable long manualId, RedirectAttributes redirect, CurrentUser user) {
        var line = records.manualForRemoval(manualId, user);
        long collectivity = records.removeManual(manualId, user);
        redirect.addFlashAttribute("notice", "servicefinance.units.manual.removed");
        return "redirect:/servicefinance/collectivities/" + collectivity + "/units?year="
                + line.date().getYear();
    }

    private String page(Model model, UnitRecordsView view, CurrentUser user) {
        model.addAttribute("units", view);
        model.addAttribute("admin", user.isAdministrator());
        // The reader follows a ticket where the desk lets them: its agents, the collectivité's correspondent.
        model.addAttribute("followsTickets", user.isAdministrator() || user.isOwn(view.collectivityId()));
        model.addAttribute(
                "services",
                user.isAdministrator()
                        ? catalogue.services(view.territoryId()).stream()
                                .filter(s -> !s.retired())
                                .toList()
                        : java.util.List.of());
        return "servicefinance/units";
    }
}
