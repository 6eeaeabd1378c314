package org.mutualis.procurement.web;

import java.util.List;
import java.util.Map;
import org.mutualis.procurement.app.InvalidInputException;
import org.mutualis.procurement.app.ProcurementConflictException;
import org.mutualis.procurement.app.ProcurementNotFoundException;
import org.mutualis.procurement.app.ProcurementRejectedException;
import org.mutualis.procurement.app.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The procurement module's API errors as RFC 9457 problems: 422 with every violated rule or wrong
 * field, 409 on a stale version, 404, 403.
 */
@ControllerAdvice(
        assignableTypes = {
            ProcurementApiController.class,
            ThresholdApiController.class,
            OfferApiController.class,
            ScenarioApiController.class,
            AssessmentApiController.class
        })
class ProcurementApiErrors {

    @ExceptionHandler(ProcurementRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ProcurementRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Refusé");
        List<Map<String, String>> violations = e.violations().stream()
                .map(v -> Map.of("rule", v.rule(), "message", v.message()))
                .toList();
        problem.setProperty("violations", violations);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler({ProcurementConflictException.class, StaleVersionException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ProcurementNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ProcurementNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
