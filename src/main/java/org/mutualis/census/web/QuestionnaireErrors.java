package org.mutualis.census.web;

import org.mutualis.census.CensusException;
import org.mutualis.census.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Questionnaire errors as a French message on a page. */
@ControllerAdvice(assignableTypes = QuestionnairePageController.class)
class QuestionnaireErrors {

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

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(IllegalArgumentException e, Model model) {
        model.addAttribute("message", "Ce questionnaire n'existe pas.");
        return "census/error";
    }
}
