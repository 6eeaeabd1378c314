package org.mutualis.portal;

import java.util.List;
import java.util.Locale;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.UnavailableException;
import org.mutualis.shared.web.ProblemMessages;
import org.mutualis.shared.web.ProblemMessages.ShownProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What both error handlers share: the status of each kind of refusal and its text in the reader's language. */
@Component
class ErrorMessages {

    private final MessageSource messages;
    private final ProblemMessages problems;

    ErrorMessages(MessageSource messages, ProblemMessages problems) {
        this.messages = messages;
        this.problems = problems;
    }

    static HttpStatus status(MutualisException e) {
        if (e instanceof NotFoundException) return HttpStatus.NOT_FOUND;
        if (e instanceof ConflictException) return HttpStatus.CONFLICT;
        if (e instanceof ForbiddenException) return HttpStatus.FORBIDDEN;
        if (e instanceof UnavailableException) return HttpStatus.BAD_GATEWAY;
        return e.problems().isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    String message(MutualisException e, Locale locale) {
        String text = e.getMessage();
        return messages.getMessage(e.code(), e.args(), text == null ? e.code() : text, locale);
    }

    String title(HttpStatus status, Locale locale) {
        return messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
    }

    /** The same text as a page shows above a refused form (one {@link ProblemMessages}). */
    List<ShownProblem> problems(MutualisException e, Locale locale) {
        return problems.shown(e.problems(), locale);
    }
}
