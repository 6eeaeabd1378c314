package org.mutualis.identity.web;

import java.util.Locale;
import org.mutualis.identity.IdentityException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A broken rule that a page did not handle itself (a stale link to a removed token or account)
 * becomes a readable message, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = IdentityErrors.class)
class IdentityErrors {

    private final IdentityMessages messages;

    IdentityErrors(IdentityMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IdentityException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String broken(IdentityException e, Locale locale, Model model) {
        model.addAttribute("message", messages.of(e, locale));
        return "identity/problem";
    }
}
