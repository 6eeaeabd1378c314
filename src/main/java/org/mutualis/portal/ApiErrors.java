package org.mutualis.portal;

import java.util.Locale;
import org.mutualis.shared.error.BusyException;
import org.mutualis.shared.error.MutualisException;
import org.mutualis.shared.web.FormProblems;
import org.mutualis.shared.web.JsonBodyProblems;
import org.mutualis.shared.web.ParameterProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every API refusal as an RFC 9457 problem document ({@code application/problem+json}): the
 * status of its kind, a title, the detail in the reader's language, the problems by field, and the
 * members a client already relies on ({@code errors}, {@code violations}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ErrorMessages messages;

    ApiErrors(ErrorMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MutualisException.class)
    ResponseEntity<ProblemDetail> refused(MutualisException e, Locale locale) {
        HttpStatus status = ErrorMessages.status(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.message(e, locale));
        problem.setTitle(messages.title(status, locale));
        if (!e.problems().isEmpty()) {
            problem.setProperty("problems", messages.problems(e, locale));
        }
        messages.properties(e, locale).forEach(problem::setProperty);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e instanceof BusyException) {
            response.header(HttpHeaders.RETRY_AFTER, BusyException.RETRY_AFTER_SECONDS);
        }
        return response.body(problem);
    }

    /** A body that breaks its form's rules ({@code @Valid}): 422, field by field, as the page says it. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        return refused(FormProblems.rejected(FormProblems.of(e.getBindingResult())), locale);
    }

    /** A body the JSON mapper could not read: the field and what was typed, never an empty 400. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        return refused(JsonBodyProblems.refusal(e), locale);
    }

    /** A parameter that does not read as its type ({@code ?page=abc}): 400, saying which. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return refused(ParameterProblems.refusal(e), locale);
    }

    /** A signed-in client asking for what its role may not do (the filter chain answers the anonymous). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, messages.title(HttpStatus.FORBIDDEN, locale));
        problem.setTitle(messages.title(HttpStatus.FORBIDDEN, locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
