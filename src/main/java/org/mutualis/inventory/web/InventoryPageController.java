package org.mutualis.inventory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.CollectivityDevices;
import org.mutualis.inventory.Devices;
import org.mutualis.inventory.EndOfSupportCosts;
import org.mutualis.inventory.EnrolmentForm;
import org.mutualis.inventory.Enrolments;
import org.mutualis.inventory.InventoryImports;
import org.mutualis.inventory.InventorySettingsForm;
import org.mutualis.inventory.InventorySettingsView;
import org.mutualis.shared.NumberDisplay;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormPages;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inventory's pages: the territory's overview and its delays, a collectivité's devices with its
 * agents' enrolments and its imports, a device with its history.
 */
@Controller
class InventoryPageController {

    private final Devices devices;
    private final Enrolments enrolments;
    private final InventoryImports imports;
    private final FormPages forms;
    private final EndOfSupportCosts exposure;
    private final NumberDisplay numbers;

    InventoryPageController(
            Devices devices,
            Enrolments enrolments,
            InventoryImports imports,
            FormPages forms,
            EndOfSupportCosts exposure,
            NumberDisplay numbers) {
        this.exposure = exposure;
        this.numbers = numbers;
        this.devices = devices;
        this.enrolments = enrolments;
        this.imports = imports;
        this.forms = forms;
    }

    @GetMapping("/inventory")
    String overview(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        TerritorySummary t = devices.territory(territory, user);
        InventorySettingsView s = devices.settings(t, user);
        forms.show(
                model,
                "inventorySettingsForm",
                new InventorySettingsForm(s.staleDays(), s.excludedDays(), s.version()));
        return overviewPage(model, t, user);
    }

    @PostMapping("/inventory/settings")
    String saveSettings(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid InventorySettingsForm inventorySettingsForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        TerritorySummary t = devices.territory(territory, user);
        devices.requireAdministrator(user);
        return forms.submit(binding, model, response, () -> overviewPage(model, t, user), () -> {
            devices.saveSettings(t, inventorySettingsForm, user);
            redirect.addFlashAttribute("notice", "inventory.settings.saved");
            return "redirect:/inventory?territory=" + t.id();
        });
    }

    private String overviewPage(Model model, TerritorySummary t, CurrentUser user) {
        model.addAttribute("territory", t);
        model.addAttribute("rows", devices.overview(t, user));
        model.addAttribute("settings", devices.settings(t, user));
        model.addAttribute("exposure", exposure.ofTerritory(t, user));
        model.addAttribute("numbers", numbers);
        return "inventory/overview";
    }

    @GetMapping("/inventory/collectivities/{collectivityId}")
    String collectivity(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        forms.show(model, "enrolmentForm", new EnrolmentForm(null));
        return collectivityPage(model, devices.ofCollectivity(collectivityId, q, page, user), user);
    }

    private String collectivityPage(Model model, CollectivityDevices view, CurrentUser user) {
        model.addAttribute("view", view);
        model.addAttribute("pages", PageLinks.of(view.devices()));
        model.addAttribute("costs", exposure.ofCollectivity(view.collectivity().id(), user));
        model.addAttribute("numbers", numbers);
        return "inventory/collectivity";
    }

    @PostMapping("/inventory/collectivities/{collectivityId}/enrolments")
    String enrol(
            @PathVariable long collectivityId,
            @Valid EnrolmentForm enrolmentForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            CurrentUser user) {
        enrolments.enrollable(collectivityId, user);
        return forms.submit(
                binding,
                model,
                response,
                () -> collectivityPage(model, devices.ofCollectivity(collectivityId, null, 1, user), user),
                () -> {
                    model.addAttribute("issued", enrolments.issue(collectivityId, enrolmentForm, user));
                    return "inventory/enrolment-issued";
                });
    }

    @GetMapping("/inventory/enrolments/{enrolmentId}/revoke")
    String confirmRevoke(@PathVariable long enrolmentId, Model model, CurrentUser user) {
        model.addAttribute("enrolment", enrolments.revocable(enrolmentId, user));
        return "inventory/enrolment-revoke";
    }

    @PostMapping("/inventory/enrolments/{enrolmentId}/revoke")
    String revoke(@PathVariable long enrolmentId, RedirectAttributes redirect, CurrentUser user) {
        var e = enrolments.revoke(enrolmentId, user);
        redirect.addFlashAttribute("notice", "inventory.enrolment.revoked");
        return "redirect:/inventory/collectivities/" + e.collectivityId();
    }

    @PostMapping("/inventory/collectivities/{collectivityId}/imports")
    String importFile(
            @PathVariable long collectivityId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user)
            throws IOException {
        imports.target(collectivityId, user);
        try {
            if (file == null || file.isEmpty()) {
                throw new RejectedException(
                        List.of(Problem.of("file", "inventory.import.noFile")), "inventory.import.refused");
            }
            var done = imports.importFile(
                    collectivityId,
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getBytes(),
                    user);
            redirect.addFlashAttribute("imported", done);
            return "redirect:/inventory/collectivities/" + collectivityId;
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.show(model, "enrolmentForm", new EnrolmentForm(null));
            forms.refused(model, e.problems().isEmpty() ? List.of(Problem.of(null, e.code(), e.args())) : e.problems());
            model.addAttribute("importRefused", e);
            return collectivityPage(model, devices.ofCollectivity(collectivityId, null, 1, user), user);
        }
    }

    @GetMapping("/inventory/devices/{deviceId}")
    String device(@PathVariable long deviceId, Model model, CurrentUser user) {
        model.addAttribute("view", devices.get(deviceId, user));
        return "inventory/device";
    }
}
