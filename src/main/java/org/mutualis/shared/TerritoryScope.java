package org.mutualis.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.CurrentUsers;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * Which territory a procurement page or API call works on: a correspondent always works on their
 * own collectivité's territory; the EPCI's staff and elected officials on the one they ask for, or
 * the first one when they ask for none.
 */
@Component
public class TerritoryScope {

    private final Territories territories;
    private final CurrentUsers users;

    TerritoryScope(Territories territories, CurrentUsers users) {
        this.territories = territories;
        this.users = users;
    }

    /**
     * @throws NotFoundException when there is no territory yet, or the requested one
     *     does not exist
     */
    public TerritorySummary resolve(@Nullable Long requested, CurrentUser user) {
        if (user.isCorrespondent()) {
            return Optional.ofNullable(user.collectivityId())
                    .flatMap(territories::collectivity)
                    .flatMap(c -> territories.find(c.territoryId()))
                    .orElseThrow(() -> new NotFoundException("scope.territory.notfound"));
        }
        if (requested != null) {
            return territories
                    .find(requested)
                    .orElseThrow(() -> new NotFoundException("scope.territory.notfound.id", String.valueOf(requested)));
        }
        return territories.first().orElseThrow(() -> new NotFoundException("scope.territory.none"));
    }

    /** Whether this user may read the territory's offers, scenarios and procurements at all. */
    public boolean readable(long territoryId, CurrentUser user) {
        return !user.isCorrespondent() || resolve(null, user).id() == territoryId;
    }

    /**
     * Whether this reader sees every member's answers in this territory: the EPCI's staff and
     * elected officials always; a correspondent only in their own territory, and only when its
     * members share their answers ({@code AnswerPolicy.SHARED}, docs/confidentiality.md). Anyone
     * else gets the confidential view: their own answers and figures under the statistical secret.
     */
    public boolean seesMembersAnswers(long territoryId, CurrentUser user) {
        if (!user.isCorrespondent()) {
            return true;
        }
        return readable(territoryId, user)
                && territories
                        .find(territoryId)
                        .map(TerritorySummary::sharesAnswers)
                        .orElse(false);
    }

    /** @throws NotFoundException when the user may not read this territory */
    public void requireReadable(long territoryId, CurrentUser user) {
        if (!readable(territoryId, user)) {
            throw new NotFoundException("scope.territory.notfound.id", String.valueOf(territoryId));
        }
    }

    /**
     * The territories the signed-in reader's lists show, for modules that do not know the reader
     * (the territory module): a correspondent, their own only; anyone else, every territory.
     */
    public List<TerritorySummary> visibleToCurrentReader() {
        return users.current()
                .map(user -> user.isCorrespondent()
                        // A correspondent attached to no collectivité (yet) has no territory to list.
                        ? resolvable(user).map(List::of).orElseGet(List::of)
                        : territories.all())
                .orElseGet(territories::all);
    }

    /**
     * One page of {@link #visibleToCurrentReader()} matching a search: a correspondent's own
     * territory, or a page of every territory read with a bounded number of queries.
     */
    public ListPage<TerritorySummary> visiblePage(String query, int page, int size) {
        Optional<CurrentUser> user = users.current();
        if (user.isPresent() && user.get().isCorrespondent()) {
            String q = query.strip().toLowerCase(java.util.Locale.ROOT);
            List<TerritorySummary> own = resolvable(user.get())
                    .filter(t -> q.isEmpty()
                            || t.name().toLowerCase(java.util.Locale.ROOT).contains(q)
                            || t.epciSiren().startsWith(q))
                    .map(List::of)
                    .orElseGet(List::of);
            return ListPage.of(own, page, size);
        }
        return territories.page(query, page, size);
    }

    private Optional<TerritorySummary> resolvable(CurrentUser correspondent) {
        return Optional.ofNullable(correspondent.collectivityId())
                .flatMap(territories::collectivity)
                .flatMap(c -> territories.find(c.territoryId()));
    }

    /** How many territories a chooser lists whole; beyond, it searches (France has 1,255 EPCIs). */
    public static final int CHOICES = 30;

    /**
     * The territories a page's chooser offers: every one when there are few, else the one shown and
     * those matching the search (at most {@link #CHOICES}), so that a page does not list, nor read,
     * every EPCI of the country on each view.
     *
     * @param count how many territories there are to choose from
     * @param query the search typed (words of the name or SIREN), blank for none
     */
    public record Choices(List<TerritorySummary> options, long count, String query) {

        public Choices {
            options = List.copyOf(options);
        }

        /** Too many to list: the page shows a search field. */
        public boolean searched() {
            return count > CHOICES;
        }

        /** A search was made and found no territory besides the one shown. */
        public boolean nothingFound() {
            return searched() && !query.isEmpty() && options.size() <= 1;
        }
    }

    /** The chooser of staff and elected officials; a correspondent's has their territory only. */
    public Choices choices(TerritorySummary chosen, String query, CurrentUser user) {
        if (user.isCorrespondent()) {
            return new Choices(List.of(chosen), 1, "");
        }
        long count = territories.count();
        String q = query.strip();
        if (count <= CHOICES) {
            return new Choices(territories.all(), count, q);
        }
        List<TerritorySummary> options = new ArrayList<>();
        options.add(chosen);
        if (!q.isEmpty()) {
            territories.page(q, 1, CHOICES).items().stream()
                    .filter(t -> t.id() != chosen.id())
                    .forEach(options::add);
        }
        return new Choices(options, count, q);
    }
}
