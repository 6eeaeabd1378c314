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

    private boolean isOwn(long collectivity) {
        return collectivityId != null && collectivityId == collectivity;
    }
}
