package org.mutualis.territory.web;

import org.mutualis.territory.TerritoryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's errors as problem documents (RFC 9457) with a French detail, never a stack trace. */
@RestControllerAdvice(assignableTypes = TerritoryApi.class)
class TerritoryApiErrors {

    @ExceptionHandler(TerritoryException.class)
    ProblemDetail refused(TerritoryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Requête refusée");
        return problem;
    }

    @ExceptionHandler(TerritoryNotFound.class)
    ProblemDetail notFound(TerritoryNotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Introuvable");
        return problem;
    }
}
