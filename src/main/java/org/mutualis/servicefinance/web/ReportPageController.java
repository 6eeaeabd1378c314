package org.mutualis.servicefinance.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.ActivityReports;
import org.mutualis.servicefinance.documents.ActivityReport;
import org.mutualis.servicefinance.documents.ActivityReportOds;
import org.mutualis.servicefinance.documents.ActivityReportPdf;
import org.mutualis.servicefinance.documents.ReportChart;
import org.mutualis.servicefinance.documents.ReportSvg;
import org.mutualis.servicefinance.documents.StatementWords;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service centre's annual activity report: its page with its charts, its PDF and its ODS workbook. */
@Controller
class ReportPageController {

    private static final MediaType ODS = MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet");

    private final ActivityReports reports;

    ReportPageController(ActivityReports reports) {
        this.reports = reports;
    }

    @GetMapping("/servicefinance/report")
    String report(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        ActivityReport report = reports.of(territory, year, user);
        List<ReportChart> charts = ReportChart.of(report, StatementWords.french());
        Map<String, String> svgs = new LinkedHashMap<>();
        charts.forEach(c -> svgs.put(c.id(), ReportSvg.write(c)));
        model.addAttribute("report", report);
        model.addAttribute("charts", charts);
        model.addAttribute("svgs", svgs);
        model.addAttribute("fmt", new ReportFigures());
        return "servicefinance/report";
    }

    @GetMapping("/servicefinance/report.pdf")
    ResponseEntity<byte[]> pdf(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        ActivityReport report = reports.of(territory, year, user);
        byte[] body = ActivityReportPdf.write(report, StatementWords.french());
        return download(body, MediaType.APPLICATION_PDF, name(report) + ".pdf");
    }

    @GetMapping("/servicefinance/report.ods")
    ResponseEntity<byte[]> ods(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        ActivityReport report = reports.of(territory, year, user);
        byte[] body = ActivityReportOds.write(report, StatementWords.french());
        return download(body, ODS, name(report) + ".ods");
    }

    private static String name(ActivityReport report) {
        return "rapport-activite-" + report.year() + "-territoire-" + report.territoryId();
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
