package org.mutualis.servicefinance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Statements;
import org.mutualis.servicefinance.Statements.Drawn;
import org.mutualis.servicefinance.documents.StatementOds;
import org.mutualis.servicefinance.documents.StatementPdf;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.documents.StatementsArchive;
import org.mutualis.shared.web.Downloads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual statements: the territory's list and its ZIP of workbooks, and a collectivité's
 * statement — its page, its ODS workbook and its PDF for the council — for a year or for the
 * period its convention sets (from, to: at most a year).
 */
@Controller
class StatementPageController {

    private final Statements statements;

    StatementPageController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping("/servicefinance/statements")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("list", statements.list(territory, year, user));
        return "servicefinance/statements";
    }

    @GetMapping("/servicefinance/statements.zip")
    void archive(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            HttpServletResponse response,
            CurrentUser user)
            throws IOException {
        Statements.Archive archive = statements.archive(territory, year, user);
        Downloads.stream(response, Downloads.ZIP, archive.filename());
        archive.writer().write(response.getOutputStream());
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement")
    String statement(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Model model,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, from, to, user);
        model.addAttribute("drawn", drawn);
        model.addAttribute("statement", drawn.statement());
        model.addAttribute("heading", drawn.heading());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "servicefinance/statement";
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement.ods")
    ResponseEntity<byte[]> ods(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, from, to, user);
        byte[] body = StatementOds.write(drawn.statement(), drawn.heading(), StatementWords.french());
        return Downloads.attachment(body, Downloads.ODS, name(drawn) + ".ods");
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/statement.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            CurrentUser user) {
        Drawn drawn = statements.of(collectivityId, year, from, to, user);
        byte[] body = StatementPdf.write(drawn.statement(), drawn.heading(), StatementWords.french());
        return Downloads.attachment(body, MediaType.APPLICATION_PDF, name(drawn) + ".pdf");
    }

    /** {@code etat-annuel-2015-29013-botsorhel}, or {@code etat-2015-01-01-2015-06-30-…} for a period. */
    private static String name(Drawn drawn) {
        var period = drawn.statement().period();
        String when = period.equals(org.mutualis.servicefinance.domain.sharing.StatementPeriod.year(drawn.year()))
                ? "annuel-" + drawn.year()
                : period.start() + "-" + period.end();
        return "etat-" + when + "-" + StatementsArchive.baseName(drawn.statement());
    }
}
