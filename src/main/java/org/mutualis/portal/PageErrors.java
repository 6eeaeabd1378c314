package org.mutualis.portal;

import java.util.Locale;
import java.util.Map;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.web.FormProblems;
import org.mutualis.shared.web.ParameterProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every page's refusals: one error page saying what went wrong in the reader's language, with the
 * problems listed, and the status of its kind (404, 400/422, 409, 403, 502); never a stack trace.
 * API controllers are answered by {@link ApiErrors}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final ErrorMessages messages;

    PageErrors(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MutualisException.class)
    ModelAndView refused(MutualisException e, Locale locale) {
        HttpStatus status = ErrorMessages.status(e);
        return new ModelAndView(
                "error",
                Map.of(
                        "status", status.value(),
                        "message", messages.message(e, locale),
                        "problems", messages.problems(e, locale)),
                status);
    }

    /** A form bound without a {@code BindingResult} of its own: its problems on the error page (422). */
    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException e, Locale locale) {
        // The form record could not be built: its type names the fields.
        Class<?> form = e instanceof MethodArgumentNotValidException invalid
                ? invalid.getParameter().getParameterType()
                : null;
        return refused(FormProblems.rejected(FormProblems.of(e.getBindingResult(), form)), locale);
    }

    /** A parameter that does not read as its type ({@code ?page=abc}): 400, saying which. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return refused(ParameterProblems.refusal(e), locale);
    }
}
