package org.mutualis.procurement.web;

import org.mutualis.procurement.app.InvalidInputException;
import org.mutualis.procurement.app.ProcurementNotFoundException;
import org.mutualis.procurement.app.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Offers and scenarios errors as RFC 9457 problems: 422 with every problem, 409, 404. */
@ControllerAdvice(
        assignableTypes = {OfferApiController.class, ScenarioApiController.class, AssessmentApiController.class})
class SavingsApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> conflict(StaleVersionException e) {
        return problem(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(ProcurementNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ProcurementNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, Exception e) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, e.getMessage()));
    }
}
