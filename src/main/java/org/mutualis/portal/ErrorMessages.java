package org.mutualis.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mutualis.shared.error.BusyException;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.UnavailableException;
import org.mutualis.shared.text.Text;
import org.mutualis.shared.text.Texts;
import org.mutualis.shared.web.ProblemMessages;
import org.mutualis.shared.web.ProblemMessages.ShownProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What both error handlers share: the status of each kind of refusal and its text in the reader's language. */
@Component
class ErrorMessages {

    private final MessageSource messages;
    private final Texts texts;
    private final ProblemMessages problems;

    ErrorMessages(MessageSource messages, Texts texts, ProblemMessages problems) {
        this.messages = messages;
        this.texts = texts;
        this.problems = problems;
    }

    static HttpStatus status(MutualisException e) {
        if (e instanceof NotFoundException) return HttpStatus.NOT_FOUND;
        if (e instanceof ConflictException) return HttpStatus.CONFLICT;
        if (e instanceof ForbiddenException) return HttpStatus.FORBIDDEN;
        if (e instanceof UnavailableException) return HttpStatus.BAD_GATEWAY;
        if (e instanceof BusyException) return HttpStatus.SERVICE_UNAVAILABLE;
        return e.problems().isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    }

    String message(MutualisException e, Locale locale) {
        String text = e.getMessage();
        return messages.getMessage(e.code(), resolved(e.args(), locale), text == null ? e.code() : text, locale);
    }

    String title(HttpStatus status, Locale locale) {
        return messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale);
    }

    /** The same text as a page shows above a refused form (one {@link ProblemMessages}). */
    List<ShownProblem> problems(MutualisException e, Locale locale) {
        return problems.shown(e.problems(), locale);
    }

    /** The exception's members for the API, every {@link org.mutualis.shared.text.Text} in them resolved. */
    Map<String, @org.jspecify.annotations.Nullable Object> properties(MutualisException e, Locale locale) {
        Map<String, @org.jspecify.annotations.Nullable Object> resolved = new LinkedHashMap<>();
        e.properties().forEach((k, v) -> resolved.put(k, texts.deep(v, locale)));
        return resolved;
    }

    private Object[] resolved(Object[] args, Locale locale) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Text t ? texts.in(t, locale) : args[i];
        }
        return out;
    }
}
