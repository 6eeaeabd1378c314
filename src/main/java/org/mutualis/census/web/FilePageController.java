package org.mutualis.census.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.ImportRejectedException;
import org.mutualis.identity.CurrentUsers;
import org.mutualis.shared.error.RejectedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Import of an answers file (with its complete error report) and export in CSV, XLSX, ODS. */
@Controller
class FilePageController {

    private final AnswerFiles files;
    private final Campaigns campaigns;
    private final CurrentUsers users;

    FilePageController(AnswerFiles files, Campaigns campaigns, CurrentUsers users) {
        this.files = files;
        this.campaigns = campaigns;
        this.users = users;
    }

    @PostMapping("/campaigns/{id}/import")
    String importFile(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("fileName", file.getOriginalFilename());
        try {
            int count = files.importAnswers(
                    id, String.valueOf(file.getOriginalFilename()), file.getInputStream(), users.require());
            model.addAttribute("imported", count);
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.importProblems());
        }
        return "census/import-result";
    }

    @GetMapping("/campaigns/{id}/responses/{collectivityId}/workbook")
    void workbook(
            @PathVariable long id,
            @PathVariable long collectivityId,
            @RequestParam(defaultValue = "ods") String format,
            HttpServletResponse response)
            throws IOException {
        AnswerFileFormat fileFormat = format(format);
        CampaignSummary campaign = campaigns.get(id);
        attachment(response, fileFormat, "questionnaire-" + campaign.id() + "-" + collectivityId);
        files.exportFor(id, collectivityId, fileFormat, response.getOutputStream(), users.require());
    }

    @GetMapping("/campaigns/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "ods") String format, HttpServletResponse response)
            throws IOException {
        AnswerFileFormat fileFormat = format(format);
        CampaignSummary campaign = campaigns.get(id);
        attachment(response, fileFormat, "reponses-" + campaign.id());
        files.export(id, fileFormat, response.getOutputStream(), users.require());
    }

    static AnswerFileFormat format(String format) {
        try {
            return AnswerFileFormat.fromFileName("x." + format);
        } catch (IllegalArgumentException e) {
            throw new RejectedException("census.file.format");
        }
    }

    static void attachment(HttpServletResponse response, AnswerFileFormat format, String name) {
        response.setContentType(format.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name + "." + format.extension())
                        .build()
                        .toString());
    }
}
