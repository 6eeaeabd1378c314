package org.mutualis.territory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.web.PageLinks;
import org.mutualis.territory.AnswerPolicy;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.EpciChoice;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritoryException;
import org.mutualis.territory.TerritorySummary;
import org.mutualis.territory.official.OfficialData;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory pages: the list (and, for administrators, the official import) and one territory. */
@Controller
@RequestMapping("/territories")
class TerritoryPages {

    /** Territories a page of the list shows. */
    static final int PAGE_SIZE = 50;

    private final Territories territories;
    private final TerritoryScope scope;

    TerritoryPages(Territories territories, TerritoryScope scope) {
        this.territories = territories;
        this.scope = scope;
    }

    @GetMapping
    String list(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "page", defaultValue = "1") int page,
            HttpServletRequest request,
            Model model) {
        String q = query == null ? "" : query.strip();
        // A correspondent's list shows their own territory only (the others stay public data).
        ListPage<TerritorySummary> shown = scope.visiblePage(q, page, PAGE_SIZE);
        model.addAttribute("territories", shown);
        model.addAttribute("pages", PageLinks.of(shown));
        model.addAttribute("q", q);
        model.addAttribute("officialYear", territories.officialYear());
        // Only administrators import, so only they get the search (it reads the official files).
        if (query != null && !query.isBlank() && request.isUserInRole("ADMIN")) {
            List<EpciChoice> results = territories.searchEpci(query);
            model.addAttribute("query", query.trim());
            model.addAttribute("results", results);
            model.addAttribute("maxResults", Territories.MAX_SEARCH_RESULTS);
        }
        return "territory/list";
    }

    /** The confirmation step: what will be created, before anything is. */
    @GetMapping("/import")
    String confirmImport(@RequestParam("siren") String siren, HttpServletRequest request, Model model) {
        requireAdministrator(request);
        EpciChoice epci = territories
                .officialEpci(siren)
                .orElseThrow(() -> new TerritoryException(
                        "territory.official.unknown", siren, String.valueOf(territories.officialYear())));
        model.addAttribute("epci", epci);
        model.addAttribute("officialYear", territories.officialYear());
        return "territory/confirm";
    }

    @PostMapping("/import")
    String importOfficial(
            @RequestParam("siren") String siren, HttpServletRequest request, RedirectAttributes redirect) {
        requireAdministrator(request);
        TerritorySummary created = territories.importOfficial(siren);
        redirect.addFlashAttribute("imported", created);
        return "redirect:/territories/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable("id") long id, HttpServletRequest request, Model model) {
        TerritorySummary territory =
                territories.find(id).orElseThrow(() -> new NotFoundException("territory.notfound"));
        List<CollectivityView> collectivities = territories.collectivities(id);
        // Merged communes name their chef-lieu, which is in the same list.
        Map<String, String> names = collectivities.stream()
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::name, (a, b) -> a));
        model.addAttribute("territory", territory);
        model.addAttribute("collectivities", collectivities);
        model.addAttribute("names", names);
        model.addAttribute("totals", TerritoryTotals.of(collectivities));
        model.addAttribute("officialSource", OfficialData.isOfficialSource(territory.source()));
        model.addAttribute("policies", AnswerPolicy.values());
        // Only the EPCI's staff choose the policy; everyone reads it.
        model.addAttribute("choosesPolicy", request.isUserInRole("ADMIN") || request.isUserInRole("ANALYST"));
        return "territory/detail";
    }

    /**
     * Only administrators import a territory: anyone else is told so in words (403), rather than
     * the generic refusal.
     */
    static void requireAdministrator(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw new ForbiddenException("territory.import.adminOnly");
        }
    }

    /** The confirmation step of a change of answer policy: what it means, before anything changes. */
    @GetMapping("/{id}/policy")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String confirmPolicy(
            @PathVariable("id") long id,
            @RequestParam(name = "policy", required = false) @Nullable String policy,
            Model model) {
        TerritorySummary territory =
                territories.find(id).orElseThrow(() -> new NotFoundException("territory.notfound"));
        model.addAttribute("territory", territory);
        model.addAttribute("policy", Policies.parse(policy));
        return "territory/policy";
    }

    @PostMapping("/{id}/policy")
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    String changePolicy(
            @PathVariable("id") long id,
            @RequestParam(name = "policy", required = false) @Nullable String policy,
            RedirectAttributes redirect) {
        territories.find(id).orElseThrow(() -> new NotFoundException("territory.notfound"));
        TerritorySummary changed = territories.changeAnswerPolicy(id, Policies.parse(policy));
        redirect.addFlashAttribute("policyChanged", changed.answerPolicy());
        return "redirect:/territories/" + id;
    }
}
