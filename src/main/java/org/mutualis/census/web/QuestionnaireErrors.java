package org.mutualis.census.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown theme or version in a questionnaire page's address; other errors go to CensusErrors. */
@ControllerAdvice(assignableTypes = QuestionnairePageController.class)
class QuestionnaireErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(IllegalArgumentException e, Model model) {
        model.addAttribute("message", "Ce questionnaire n'existe pas.");
        return "census/error";
    }
}
