package org.mutualis.shared;

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

    /** Every territory, for the chooser of staff and elected officials. */
    public List<TerritorySummary> choices(CurrentUser user) {
        return user.isCorrespondent() ? List.of(resolve(null, user)) : territories.all();
    }
}
