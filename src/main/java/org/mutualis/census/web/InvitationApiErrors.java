package org.mutualis.census.web;

import org.mutualis.census.CensusException;
import org.mutualis.census.MailNotSentException;
import org.mutualis.census.NotFoundException;
import org.mutualis.identity.IdentityException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Invitation and reminder errors as RFC 9457 problems, in French, for API clients. */
@ControllerAdvice(assignableTypes = InvitationApiController.class)
class InvitationApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(MailNotSentException.class)
    ResponseEntity<ProblemDetail> notSent(MailNotSentException e) {
        return problem(HttpStatus.BAD_GATEWAY, e);
    }

    @ExceptionHandler({CensusException.class, IdentityException.class})
    ResponseEntity<ProblemDetail> rejected(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, e);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, RuntimeException e) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }
}
