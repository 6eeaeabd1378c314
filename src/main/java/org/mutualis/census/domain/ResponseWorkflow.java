package org.mutualis.census.domain;

import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

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
            throw new RejectedException("census.response.validated");
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
            throw new RejectedException("census.response.transition", label(from), label(to));
        }
    }

    static Text label(ResponseStatus status) {
        return Text.of("census.status.word." + status.name());
    }
}
