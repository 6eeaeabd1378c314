package org.mutualis.identity;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as other modules see it. {@code collectivityId} is set for correspondents
 * only: it is the one collectivité they answer for. Serializable because it lives in the HTTP
 * session.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long collectivityId) implements Serializable {

    /** Administrators and analysts: they work on the whole territory. */
    public boolean isStaff() {
        return role == Role.ADMIN || role == Role.ANALYST;
    }

    /** The EPCI's administrator: accounts, others' tokens, questionnaires, thresholds, territories. */
    public boolean isAdministrator() {
        return role == Role.ADMIN;
    }

    /** A correspondent answers for one collectivité and sees its answers and its territory only. */
    public boolean isCorrespondent() {
        return role == Role.CORRESPONDENT;
    }

    /** An elected official reads the syntheses, the territory and the campaigns, and changes nothing. */
    public boolean isElected() {
        return role == Role.ELECTED;
    }

    /**
     * Whether this person sees every collectivité's answers (staff and elected officials), hence
     * the detail of a figure (its inputs, its formula, who answered); a correspondent sees their own.
     */
    public boolean seesEveryCollectivity() {
        return !isCorrespondent();
    }

    /** Whether this person is the collectivité's own correspondent. */
    public boolean isOwn(long collectivity) {
        return collectivityId != null && collectivityId == collectivity;
    }

    /** Whether this person may see the answers and documents of a collectivité. */
    public boolean canRead(long collectivity) {
        return switch (role) {
            case ADMIN, ANALYST, ELECTED -> true;
            case CORRESPONDENT -> isOwn(collectivity);
        };
    }

    /** Whether this person may change the answers of a collectivité; elected officials only read. */
    public boolean canEdit(long collectivity) {
        return switch (role) {
            case ADMIN, ANALYST -> true;
            case CORRESPONDENT -> isOwn(collectivity);
            case ELECTED -> false;
        };
    }
}
