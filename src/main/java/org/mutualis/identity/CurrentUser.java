package org.mutualis.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as other modules see it. {@code collectivityIds} is set for correspondents
 * only: the collectivités they answer for (one, or several when one person answers for several
 * communes), all in one territory; {@code collectivityId} is the first of them, kept for the
 * callers that need one (the territory a correspondent works on). Serializable because it lives
 * in the HTTP session.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long collectivityId,
        List<Long> collectivityIds)
        implements Serializable {

    public CurrentUser {
        Set<Long> all = new LinkedHashSet<>();
        if (collectivityId != null) {
            all.add(collectivityId);
        }
        // Null when an older session, stored before the list existed, is read back.
        if (collectivityIds != null) {
            all.addAll(collectivityIds);
        }
        collectivityIds = List.copyOf(new ArrayList<>(all));
        if (collectivityId == null && !collectivityIds.isEmpty()) {
            collectivityId = collectivityIds.get(0);
        }
    }

    /** A person who answers for at most one collectivité. */
    public CurrentUser(long id, String username, String displayName, Role role, @Nullable Long collectivityId) {
        this(id, username, displayName, role, collectivityId, List.of());
    }

    /** The same person answering for these collectivités besides their first one. */
    public CurrentUser withCollectivities(List<Long> others) {
        List<Long> all = new ArrayList<>(collectivityIds);
        all.addAll(others);
        return new CurrentUser(id, username, displayName, role, collectivityId, all);
    }

    /** Administrators and analysts: they work on the whole territory. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.ANALYST;
    }

    /** The EPCI's administrator: accounts, others' tokens, questionnaires, thresholds, territories. */
    public boolean isAdministrator() {
        return role == Role.ADMIN;
    }

    /** A correspondent answers for their collectivités and sees their answers and their territory only. */
    public boolean isCorrespondent() {
        return role == Role.CORRESPONDENT;
    }

    /** An elected official reads the syntheses, the territory and the campaigns, and changes nothing. */
    public boolean isElected() {
        return role == Role.ELECTED;
    }

    /** A technician of the shared service centre: tickets, knowledge base, trainings; no census. */
    public boolean isTechnician() {
        return role == Role.TECHNICIAN;
    }

    /**
     * Whether this person sees every collectivité's answers (staff and elected officials), hence
     * the detail of a figure (its inputs, its formula, who answered); a correspondent sees their own.
     */
    public boolean seesEveryCollectivity() {
        return role == Role.ADMIN || role == Role.ANALYST || role == Role.ELECTED;
    }

    /** Whether this person is the collectivité's own correspondent (one of the collectivités they answer for). */
    public boolean isOwn(long collectivity) {
        return collectivityIds.contains(collectivity);
    }

    /** Whether this person may see the answers and documents of a collectivité. */
    public boolean canRead(long collectivity) {
        return switch (role) {
            case ADMIN, ANALYST, ELECTED -> true;
            case CORRESPONDENT -> isOwn(collectivity);
            case TECHNICIAN -> false;
        };
    }

    /** Whether this person may change the answers of a collectivité; elected officials only read. */
    public boolean canEdit(long collectivity) {
        return switch (role) {
            case ADMIN, ANALYST -> true;
            case CORRESPONDENT -> isOwn(collectivity);
            case ELECTED, TECHNICIAN -> false;
        };
    }
}
