package org.mutualis.procurement.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.CurrentUsers;
import org.mutualis.procurement.ProcurementCalendarView;
import org.mutualis.procurement.Procurements;
import org.mutualis.shared.TerritoryScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All the procurements of a territory over the years, on screen and on paper. */
@Controller
class ProcurementCalendarController {

    private final Procurements procurements;
    private final TerritoryScope scope;
    private final CurrentUsers users;

    ProcurementCalendarController(Procurements procurements, TerritoryScope scope, CurrentUsers users) {
        this.procurements = procurements;
        this.scope = scope;
        this.users = users;
    }

    @GetMapping("/procurements/calendar")
    String calendar(@RequestParam(required = false) @Nullable Long territory, Model model) {
        CurrentUser user = users.require();
        ProcurementCalendarView calendar = procurements.calendar(territory, user);
        model.addAttribute("calendar", calendar);
        model.addAttribute("layout", CalendarLayout.of(calendar));
        model.addAttribute("territories", scope.choices(user));
        return "procurement/procurements/calendar";
    }
}
