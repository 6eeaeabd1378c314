package org.mutualis.census.domain;

import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;

/**
 * The response workflow: invited → in progress → submitted → validated, or returned to the
 * correspondent with a comment. The EPCI's staff correct answers without changing where a
 * response stands; what they enter themselves (a paper answer, an import) counts at once.
 */
public final class ResponseWorkflow {

    private ResponseWorkflow() {}

    public static ResponseStatus afterWrite(ResponseStatus current, CurrentUser user, boolean submit) {
        if (user.isStaff()) {
            if (submit) {
                return current == ResponseStatus.VALIDATED ? ResponseStatus.VALIDATED : ResponseStatus.SUBMITTED;
            }
            return current.counts() ? current : ResponseStatus.VALIDATED;
        }
        if (current == ResponseStatus.VALIDATED) {
            throw new RejectedException(
                    "Cette réponse est validée par l'EPCI : demandez-lui de vous la renvoyer pour la modifier.");
        }
        return submit ? ResponseStatus.SUBMITTED : ResponseStatus.IN_PROGRESS;
    }

    public static void checkStatusChange(ResponseStatus from, ResponseStatus to) {
        boolean allowed = switch (to) {
            case VALIDATED -> from == ResponseStatus.SUBMITTED;
            case RETURNED -> from == ResponseStatus.SUBMITTED || from == ResponseStatus.VALIDATED;
            default -> false;
        };
        if (!allowed) {
            throw new RejectedException(
                    "Une réponse « " + label(from) + " » ne peut pas devenir « " + label(to) + " ».");
        }
    }

    static String label(ResponseStatus status) {
        return switch (status) {
            case INVITED -> "invitée";
            case IN_PROGRESS -> "en cours";
            case SUBMITTED -> "transmise";
            case VALIDATED -> "validée";
            case RETURNED -> "renvoyée";
        };
    }
}
