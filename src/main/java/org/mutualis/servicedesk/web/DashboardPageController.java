package org.mutualis.servicedesk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.DeskDashboard;
import org.mutualis.servicedesk.DeskDashboards;
import org.mutualis.servicedesk.documents.DashboardOds;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The service centre's dashboard page, its charts' data and its ODS workbook. */
@Controller
class DashboardPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeskDashboards dashboards;
    private final MessageSource messages;

    DashboardPageController(DeskDashboards dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/servicedesk/dashboard")
    String page(
            @RequestParam(name = "territory", required = false) @Nullable Long territory,
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            Model model,
            Locale locale,
            CurrentUser user) {
        DeskDashboard d = dashboards.of(territory, year, user);
        model.addAttribute("d", d);
        model.addAttribute("chartsJson", JSON.writeValueAsString(charts(d, locale)));
        return "servicedesk/dashboard";
    }

    @GetMapping("/servicedesk/dashboard.ods")
    ResponseEntity<byte[]> ods(
            @RequestParam(name = "territory", required = false) @Nullable Long territory,
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            Locale locale,
            CurrentUser user) {
        DeskDashboard d = dashboards.of(territory, year, user);
        byte[] ods = DashboardOds.write(d, priorityLabels(locale));
        return Downloads.attachment(
                ods,
                MediaType.valueOf("application/vnd.oasis.opendocument.spreadsheet"),
                "centre-de-services-" + d.year() + ".ods");
    }

    private Map<String, String> priorityLabels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Priority p : Priority.values()) {
            labels.put(p.name(), messages.getMessage("servicedesk.priority." + p.name(), null, locale));
        }
        return labels;
    }

    /** The charts' series: the same numbers as the page's tables. */
    private Map<String, Object> charts(DeskDashboard d, Locale locale) {
        Map<String, Object> charts = new LinkedHashMap<>();
        List<String> months = d.months().stream()
                .map(m -> messages.getMessage("servicedesk.month." + m.month(), null, locale))
                .toList();
        charts.put(
                "months",
                Map.of(
                        "labels", months,
                        "opened", d.months().stream().map(m -> m.opened()).toList(),
                        "solved", d.months().stream().map(m -> m.solved()).toList()));
        Map<String, String> labels = priorityLabels(locale);
        charts.put(
                "compliance",
                Map.of(
                        "labels",
                                d.compliance().stream()
                                        .map(p -> labels.get(p.priority().name()))
                                        .toList(),
                        "values",
                                d.compliance().stream()
                                        .map(p -> p.resolveRate() == null ? null : p.resolveRate())
                                        .toList()));
        List<DeskDashboard.CommuneLine> top = d.communes().stream().limit(15).toList();
        charts.put(
                "communes",
                Map.of(
                        "labels",
                                top.stream()
                                        .map(DeskDashboard.CommuneLine::name)
                                        .toList(),
                        "values",
                                top.stream()
                                        .map(DeskDashboard.CommuneLine::opened)
                                        .toList()));
        charts.put(
                "satisfaction",
                Map.of(
                        "labels",
                        List.of("1", "2", "3", "4", "5"),
                        "values",
                        d.satisfaction().byScore()));
        return charts;
    }
}
