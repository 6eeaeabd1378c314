package org.mutualis.procurement.web;

import org.mutualis.procurement.app.InvalidInputException;
import org.mutualis.procurement.app.ProcurementNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Offers and scenarios errors as a French message on a page; never a stack trace. */
@ControllerAdvice(
        assignableTypes = {
            OfferPageController.class,
            ScenarioPageController.class,
            AssessmentPageController.class,
            SizeClassPageController.class
        })
class SavingsPageErrors {

    @ExceptionHandler(ProcurementNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ProcurementNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "procurement/offers/error";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidInputException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "procurement/offers/error";
    }
}
