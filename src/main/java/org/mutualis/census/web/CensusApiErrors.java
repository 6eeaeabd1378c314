package org.mutualis.census.web;

import org.mutualis.census.AnswerRejectedException;
import org.mutualis.census.CensusException;
import org.mutualis.census.ConcurrentEditException;
import org.mutualis.census.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Census errors as RFC 9457 problems for API clients. */
@ControllerAdvice(assignableTypes = {CampaignApiController.class, AnswerFileApiController.class})
class CensusApiErrors {

    @ExceptionHandler(AnswerRejectedException.class)
    ResponseEntity<ProblemDetail> invalid(AnswerRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("errors", e.errors());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(ConcurrentEditException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrentEditException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(CensusException.class)
    ResponseEntity<ProblemDetail> rejected(CensusException e) {
        return problem(HttpStatus.BAD_REQUEST, e);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, Exception e) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }
}
