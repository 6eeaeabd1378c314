package org.mutualis.programme.web;

import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.ProgrammeSummaries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The elected official's page of a programme, printable. */
@Controller
class ProgrammeSummaryController {

    private final ProgrammeSummaries summaries;

    ProgrammeSummaryController(ProgrammeSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/programmes/{id}/summary")
    String summary(@PathVariable long id, Model model, CurrentUser user) {
        model.addAttribute("summary", summaries.of(id, user));
        return "programme/summary";
    }
}
