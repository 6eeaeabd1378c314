package org.mutualis.procurement.web;

import org.mutualis.procurement.app.InvalidInputException;
import org.mutualis.procurement.app.ProcurementConflictException;
import org.mutualis.procurement.app.ProcurementNotFoundException;
import org.mutualis.procurement.app.ProcurementRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The procurement module's page errors as a French message on a page; never a stack trace. */
@ControllerAdvice(
        assignableTypes = {
            ProcurementPageController.class,
            ProcurementCalendarController.class,
            ThresholdPageController.class,
            OfferPageController.class,
            ScenarioPageController.class,
            AssessmentPageController.class,
            SizeClassPageController.class
        })
class ProcurementPageErrors {

    @ExceptionHandler(ProcurementNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ProcurementNotFoundException e, Model model) {
        return page(e.getMessage(), model);
    }

    @ExceptionHandler(ProcurementConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ProcurementConflictException e, Model model) {
        return page(e.getMessage(), model);
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        return page(e.getMessage(), model);
    }

    @ExceptionHandler(ProcurementRejectedException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rejected(ProcurementRejectedException e, Model model) {
        return page(e.getMessage(), model);
    }

    private static String page(String message, Model model) {
        model.addAttribute("message", message);
        return "procurement/procurements/error";
    }
}
