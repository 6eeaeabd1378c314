package org.mutualis.portal;

import org.mutualis.shared.error.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The user guide in French, for every signed-in person: {@code /aide} and {@code /aide/{page}}. */
@Controller
class GuideController {

    private final Guide guide;

    GuideController(Guide guide) {
        this.guide = guide;
    }

    @GetMapping("/aide")
    String index(Model model) {
        return show("index", model);
    }

    @GetMapping("/aide/{page}")
    String page(@PathVariable("page") String page, Model model) {
        return show(page, model);
    }

    private String show(String name, Model model) {
        model.addAttribute("page", guide.page(name).orElseThrow(() -> new NotFoundException("guide.notfound")));
        return "guide";
    }
}
