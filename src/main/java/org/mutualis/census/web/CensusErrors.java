package org.mutualis.census.web;

import org.mutualis.census.AnswerRejectedException;
import org.mutualis.census.CensusException;
import org.mutualis.census.ConcurrentEditException;
import org.mutualis.census.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Census errors as a French message on a page; never a stack trace. */
@ControllerAdvice(assignableTypes = {CampaignPageController.class, ResponsePageController.class,
        ExclusionPageController.class, FilePageController.class})
class CensusErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "census/error";
    }

    @ExceptionHandler(CensusException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String rejected(CensusException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "census/error";
    }
}

/** Census errors as RFC 9457 problems for API clients. */
@ControllerAdvice(assignableTypes = CampaignApiController.class)
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
