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

/** Invitation and reminder errors as a French message on a page; never a stack trace. */
@ControllerAdvice(assignableTypes = InvitationPageController.class)
class InvitationErrors {

    private final MessageSource messages;

    InvitationErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "census/error";
    }

    @ExceptionHandler(MailNotSentException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String notSent(MailNotSentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "census/error";
    }

    @ExceptionHandler(CensusException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String rejected(CensusException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "census/error";
    }

    @ExceptionHandler(IdentityException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(IdentityException e, Locale locale, Model model) {
        model.addAttribute("message", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        return "census/error";
    }
}
