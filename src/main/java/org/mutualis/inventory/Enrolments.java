package org.mutualis.inventory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.persistence.EnrolmentStore;
import org.mutualis.inventory.persistence.EnrolmentStore.ActiveEnrolment;
import org.mutualis.inventory.persistence.FactsCodec;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' enrolments: the EPCI's administrator issues one per collectivité (or several: the town
 * hall, the school), whose token — in the address the agents post to — ties every inventory to its
 * collectivité. Only the token's hash is kept; it is shown once. A revoked enrolment is refused at
 * the next request.
 */
@Service
@Transactional(readOnly = true)
public class Enrolments {

    static final String AGENT_PATH = "/api/inventory/agent/";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EnrolmentStore store;
    private final InventoryAccess access;
    private final Clock clock;
    private final String baseUrl;

    Enrolments(
            EnrolmentStore store, InventoryAccess access, Clock clock, @Value("${mutualis.base-url}") String baseUrl) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The territory's enrolments (a correspondent: their own collectivité's). */
    public List<EnrolmentView> ofTerritory(TerritorySummary territory, CurrentUser user) {
        access.requireReader(user);
        return store.ofTerritory(territory.id()).stream()
                .filter(e -> !user.isCorrespondent() || user.isOwn(e.collectivityId()))
                .toList();
    }

    public List<EnrolmentView> ofCollectivity(long collectivityId, CurrentUser user) {
        CollectivityView c = access.readable(collectivityId, user);
        return store.ofCollectivity(c.id());
    }

    @Transactional
    public IssuedEnrolment issue(long collectivityId, EnrolmentForm form, CurrentUser user) {
        CollectivityView c = access.enrollable(collectivityId, user);
        String label = Objects.requireNonNull(form.label()).strip();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = store.insert(
                c.territoryId(),
                c.id(),
                label,
                FactsCodec.sha256(token),
                token.substring(0, 6),
                user.username(),
                LocalDateTime.now(clock));
        EnrolmentView view = store.find(id).orElseThrow();
        return new IssuedEnrolment(view, token, baseUrl + AGENT_PATH + token);
    }

    /** Checks that this person may enrol agents for the collectivité (the administrator). */
    public void enrollable(long collectivityId, CurrentUser user) {
        access.enrollable(collectivityId, user);
    }

    /**
     * The enrolment to be revoked, checked: the administrator may, and it is still active.
     *
     * @throws ConflictException when it is already revoked
     */
    public EnrolmentView revocable(long id, CurrentUser user) {
        access.requireAdministrator(user);
        EnrolmentView e = get(id, user);
        if (!e.active()) {
            throw new ConflictException("inventory.enrolment.alreadyRevoked", e.label());
        }
        return e;
    }

    /** An enrolment, for who may read its collectivité. */
    public EnrolmentView get(long id, CurrentUser user) {
        EnrolmentView row = store.find(id).orElseThrow(() -> new NotFoundException("inventory.enrolment.notFound", id));
        access.readable(row.collectivityId(), user);
        return row;
    }

    @Transactional
    public EnrolmentView revoke(long id, CurrentUser user) {
        EnrolmentView e = revocable(id, user);
        if (!store.revoke(id, user.username(), LocalDateTime.now(clock))) {
            throw new ConflictException("inventory.enrolment.alreadyRevoked", e.label());
        }
        return store.find(id).orElseThrow();
    }

    /** The active enrolment of an agent's token; empty for an unknown or revoked one. */
    Optional<ActiveEnrolment> active(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.active(FactsCodec.sha256(token));
    }
}
