package org.mutualis.programme.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.ProgrammeCharts;
import org.mutualis.shared.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Gantt chart: the page (SVG and its table), the SVG alone and the A3 PDF. */
@Controller
class ProgrammeChartController {

    private final ProgrammeCharts charts;

    ProgrammeChartController(ProgrammeCharts charts) {
        this.charts = charts;
    }

    @GetMapping("/programmes/{id}/gantt")
    String gantt(@PathVariable long id, Model model, Locale locale, CurrentUser user) {
        ProgrammeCharts.GanttPage page = charts.page(id, user, locale);
        model.addAttribute("view", page.view());
        model.addAttribute("rows", page.rows());
        model.addAttribute("page", page);
        model.addAttribute("svg", page.svg());
        return "programme/gantt";
    }

    @GetMapping("/programmes/{id}/gantt.svg")
    ResponseEntity<byte[]> svg(@PathVariable long id, Locale locale, CurrentUser user) {
        byte[] svg = charts.svg(id, user, locale).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("inline", id, "svg"))
                .body(svg);
    }

    @GetMapping("/programmes/{id}/gantt.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, CurrentUser user) {
        byte[] pdf = charts.pdf(id, user, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", id, "pdf"))
                .body(pdf);
    }

    private static String disposition(String type, long id, String extension) {
        return Downloads.disposition(type, "programme-" + id + "-gantt." + extension);
    }
}
