package org.mutualis.servicefinance.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.BalanceList;
import org.mutualis.servicefinance.BalanceView;
import org.mutualis.servicefinance.Balances;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each collectivité's net balance (savings obtained from group procurements − service charges):
 * the territory's table, one collectivité's page — the one a mayor asks for — and its PDF.
 */
@Controller
class BalancePageController {

    private final Balances balances;

    BalancePageController(Balances balances) {
        this.balances = balances;
    }

    /** The territory's balances; a correspondent of one collectivité goes straight to its own. */
    @GetMapping("/servicefinance/balances")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        BalanceList list = balances.list(territory, year, user);
        List<BalanceView> rows = list.rows();
        if (user.isCorrespondent() && rows.size() == 1) {
            return "redirect:/servicefinance/collectivities/" + rows.get(0).collectivityId() + "/balance?year="
                    + list.year();
        }
        model.addAttribute("list", list);
        return "servicefinance/balances";
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/balance")
    String balance(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            Model model,
            CurrentUser user) {
        model.addAttribute("view", balances.of(collectivityId, year, user));
        return "servicefinance/balance";
    }

    @GetMapping("/servicefinance/collectivities/{collectivityId}/balance.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long collectivityId,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        BalanceView view = balances.of(collectivityId, year, user);
        byte[] body = balances.pdf(view);
        String name = "bilan-net-" + view.year() + "-" + view.collectivityCode() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
