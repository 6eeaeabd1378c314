package org.mutualis.procurement.web;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
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

    ProcurementCalendarController(Procurements procurements, TerritoryScope scope) {
        this.procurements = procurements;
        this.scope = scope;
    }

    @GetMapping("/procurements/calendar")
    String calendar(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(name = "tq", defaultValue = "") String territoryQuery,
            Model model,
            CurrentUser user) {
        ProcurementCalendarView calendar = procurements.calendar(territory, user);
        model.addAttribute("calendar", calendar);
        model.addAttribute("layout", CalendarLayout.of(calendar));
        TerritoryScope.Choices choices = scope.choices(calendar.territory(), territoryQuery, user);
        model.addAttribute("choices", choices);
        model.addAttribute("territories", choices.options());
        return "procurement/procurements/calendar";
    }
}
