package org.mutualis.programme;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.programme.documents.CalendarItem;
import org.mutualis.programme.documents.ProgrammeCalendar;
import org.mutualis.programme.persistence.FeedStore;
import org.mutualis.shared.TerritoryScope;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's programme calendar as an iCalendar feed (RFC 5545) that Thunderbird or Outlook
 * subscribe to with a personal token in the address: each programme's milestones and the
 * meetings of its bodies. The token reads what its owner may read, no more; revoking it, or
 * disabling the account, closes the feed.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MARK = "cal_";

    private final FeedStore store;
    private final Programmes programmes;
    private final TerritoryScope scope;
    private final Accounts accounts;
    private final List<CalendarSource> sources;
    private final Clock clock;
    private final String baseUrl;

    ProgrammeFeeds(
            FeedStore store,
            Programmes programmes,
            TerritoryScope scope,
            Accounts accounts,
            List<CalendarSource> sources,
            Clock clock,
            @Value("${mutualis.base-url}") String baseUrl) {
        this.store = store;
        this.programmes = programmes;
        this.scope = scope;
        this.accounts = accounts;
        this.sources = sources;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A token as its owner sees it: never its secret. */
    public record FeedView(
            long id,
            long territoryId,
            String territoryName,
            String prefix,
            LocalDateTime createdAt,
            @Nullable LocalDateTime lastUsedAt,
            @Nullable LocalDateTime revokedAt) {}

    /** A new token, and the address to subscribe to: shown once. */
    public record IssuedFeed(FeedView feed, String url) {}

    /** Something more the feed carries besides the milestones: the governance's meetings. */
    public interface CalendarSource {
        List<CalendarItem> items(long programmeId, String baseUrl);
    }

    public List<FeedView> mine(CurrentUser user) {
        return store.ofUser(user.id()).stream().map(ProgrammeFeeds::view).toList();
    }

    /** A token for the territory this reader may read (a correspondent: their own). */
    @Transactional
    public IssuedFeed create(@Nullable Long territoryId, CurrentUser user) {
        TerritorySummary territory = scope.resolve(territoryId, user);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = store.insert(user.id(), territory.id(), hash(secret), secret.substring(0, 10), now());
        return new IssuedFeed(view(store.find(id).orElseThrow()), baseUrl + "/feeds/" + secret + ".ics");
    }

    /**
     * One's own token, or anyone's for the administrator.
     *
     * @throws NotFoundException when there is no such token
     * @throws ForbiddenException for someone else's
     */
    public FeedView feed(long feedId, CurrentUser user) {
        FeedStore.FeedRow feed = store.find(feedId).orElseThrow(() -> new NotFoundException("programme.feed.notfound"));
        if (feed.userId() != user.id() && !user.isAdministrator()) {
            throw new ForbiddenException("programme.feed.notYours");
        }
        return view(feed);
    }

    @Transactional
    public void revoke(long feedId, CurrentUser user) {
        feed(feedId, user);
        store.revoke(feedId, now());
    }

    /**
     * The calendar for a token's address.
     *
     * @throws NotFoundException for an unknown or revoked token, or a disabled account
     */
    @Transactional
    public String calendar(String secret) {
        FeedStore.Owner owner =
                store.active(hash(secret)).orElseThrow(() -> new NotFoundException("programme.feed.notfound"));
        CurrentUser user =
                accounts.find(owner.username()).orElseThrow(() -> new NotFoundException("programme.feed.notfound"));
        if (!scope.readable(owner.territoryId(), user)) {
            throw new NotFoundException("programme.feed.notfound");
        }
        store.used(owner.feedId(), now());
        ProgrammeList list = programmes.list(owner.territoryId(), user);
        List<CalendarItem> items = new ArrayList<>();
        for (ProgrammeList.Entry e : list.programmes()) {
            ProgrammeView view = programmes.view(e.programme().id(), user);
            items.addAll(milestones(view));
            for (CalendarSource source : sources) {
                items.addAll(source.items(view.programme().id(), baseUrl));
            }
        }
        return ProgrammeCalendar.write("Mutualis — " + list.territory().name(), items, clock.instant());
    }

    private List<CalendarItem> milestones(ProgrammeView view) {
        List<CalendarItem> items = new ArrayList<>();
        long id = view.programme().id();
        view.stages()
                .forEach(stage -> stage.actions()
                        .forEach(action -> action.tasks().stream()
                                .filter(t -> t.milestone() && t.plannedEnd() != null)
                                .forEach(t -> items.add(CalendarItem.allDay(
                                        "programme-task-" + t.id() + "@mutualis",
                                        t.title() + " — " + action.title(),
                                        view.programme().name() + " · " + stage.title(),
                                        t.plannedEnd(),
                                        null,
                                        URI.create(baseUrl + "/programmes/" + id + "/actions/" + action.id()),
                                        List.of("Jalon", stage.title()))))));
        return items;
    }

    private static FeedView view(FeedStore.FeedRow f) {
        return new FeedView(
                f.id(), f.territoryId(), f.territoryName(), f.prefix(), f.createdAt(), f.lastUsedAt(), f.revokedAt());
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
