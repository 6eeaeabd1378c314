package org.mutualis.census.web;

import org.mutualis.census.CensusException;
import org.mutualis.census.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Questionnaire errors as RFC 9457 problems with a French detail. */
@ControllerAdvice(assignableTypes = QuestionnaireApiController.class)
class QuestionnaireApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(CensusException.class)
    ResponseEntity<ProblemDetail> rejected(CensusException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> unknown(IllegalArgumentException e) {
        return problem(HttpStatus.NOT_FOUND, "Ce questionnaire n'existe pas.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
