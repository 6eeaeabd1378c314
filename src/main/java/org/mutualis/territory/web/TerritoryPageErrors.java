package org.mutualis.territory.web;

import java.util.Map;
import org.mutualis.territory.TerritoryException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the territory pages become a page that says what went wrong in French: the
 * messages of {@link TerritoryException} are written for the person who acted.
 */
@ControllerAdvice(assignableTypes = TerritoryPages.class)
class TerritoryPageErrors {

    @ExceptionHandler(TerritoryException.class)
    ModelAndView refused(TerritoryException e) {
        return new ModelAndView("territory/error", Map.of("message", e.getMessage()), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(TerritoryNotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("territory/error", Map.of("messageKey", "territory.notfound"), HttpStatus.NOT_FOUND);
    }
}
