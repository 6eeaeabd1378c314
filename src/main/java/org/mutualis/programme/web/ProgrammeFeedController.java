package org.mutualis.programme.web;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.ProgrammeFeeds;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.territory.TerritorySummary;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's calendar feeds: create one (its address shown once), revoke it; and the feed itself. */
@Controller
class ProgrammeFeedController {

    private final ProgrammeFeeds feeds;
    private final TerritoryScope scope;

    ProgrammeFeedController(ProgrammeFeeds feeds, TerritoryScope scope) {
        this.feeds = feeds;
        this.scope = scope;
    }

    @GetMapping("/programmes/feeds")
    String feeds(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        TerritorySummary t = scope.resolve(territory, user);
        model.addAttribute("territory", t);
        model.addAttribute("feeds", feeds.mine(user));
        return "programme/feeds";
    }

    @PostMapping("/programmes/feeds")
    String create(
            @RequestParam(required = false) @Nullable Long territory, RedirectAttributes redirect, CurrentUser user) {
        ProgrammeFeeds.IssuedFeed issued = feeds.create(territory, user);
        redirect.addFlashAttribute("issuedUrl", issued.url());
        return "redirect:/programmes/feeds?territory=" + issued.feed().territoryId();
    }

    @GetMapping("/programmes/feeds/{feedId}/revoke")
    String confirmRevoke(@PathVariable long feedId, Model model, CurrentUser user) {
        ProgrammeFeeds.FeedView feed = feeds.feed(feedId, user);
        model.addAttribute("question", "programme.feed.revoke.confirm");
        model.addAttribute("name", feed.prefix() + "…");
        model.addAttribute("action", "/programmes/feeds/" + feedId + "/revoke");
        model.addAttribute("cancel", "/programmes/feeds");
        return "programme/delete";
    }

    @PostMapping("/programmes/feeds/{feedId}/revoke")
    String revoke(@PathVariable long feedId, RedirectAttributes redirect, CurrentUser user) {
        feeds.revoke(feedId, user);
        redirect.addFlashAttribute("notice", "programme.feed.revoked");
        return "redirect:/programmes/feeds";
    }

    /** The feed: public, its token is the credential; an unknown or revoked one is a 404. */
    @GetMapping(value = "/feeds/{secret}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String secret) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(feeds.calendar(secret).getBytes(StandardCharsets.UTF_8));
    }
}
