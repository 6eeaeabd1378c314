package org.mutualis.census.web;

import java.util.Locale;
import org.mutualis.census.CensusException;
import org.mutualis.census.MailNotSentException;
import org.mutualis.census.NotFoundException;
import org.mutualis.identity.IdentityException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Census errors as a French message on a page; never a stack trace. */
@ControllerAdvice(
        assignableTypes = {
            CampaignPageController.class,
            ResponsePageController.class,
            ExclusionPageController.class,
            FilePageController.class,
            InvitationPageController.class,
            QuestionnairePageController.class
        })
class CensusErrors {

    private final MessageSource messages;

    CensusErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        return page(e.getMessage(), model);
    }

    @ExceptionHandler(MailNotSentException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String notSent(MailNotSentException e, Model model) {
        return page(e.getMessage(), model);
    }

    @ExceptionHandler(CensusException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String rejected(CensusException e, Model model) {
        return page(e.getMessage(), model);
    }

    /** An invitation refused by the identity module (address of another collectivité...). */
    @ExceptionHandler(IdentityException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(IdentityException e, Locale locale, Model model) {
        return page(messages.getMessage(e.messageKey(), null, e.getMessage(), locale), model);
    }

    private static String page(String message, Model model) {
        model.addAttribute("message", message);
        return "census/error";
    }
}
