package org.mutualis.census.domain;

import org.mutualis.census.ResponseStatus;
import org.mutualis.identity.CurrentUser;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

/**
 * The response workflow: invited → in progress → submitted → validated, or returned to the
 * correspondent with a comment. Saving a draft keeps a draft, whoever saves it: only a submitted
 * or validated response counts in the synthesis, and validating is the staff's own explicit
 * action. The staff correct a submitted response without changing where it stands. A validated
 * response is read-only for everyone until the staff reopen it (send it back, saying why); only
 * a file import, explicitly confirmed, may overwrite it.
 */
public final class ResponseWorkflow {

    private ResponseWorkflow() {}

    public static ResponseStatus afterWrite(ResponseStatus current, CurrentUser user, boolean submit) {
        if (current == ResponseStatus.VALIDATED) {
            throw new RejectedException(
                    user.isStaff() ? "census.response.validated.staff" : "census.response.validated");
        }
        if (submit) {
            return ResponseStatus.SUBMITTED;
        }
        if (user.isStaff() && current == ResponseStatus.SUBMITTED) {
            return ResponseStatus.SUBMITTED;
        }
        return ResponseStatus.IN_PROGRESS;
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
