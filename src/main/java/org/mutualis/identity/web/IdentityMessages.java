package org.mutualis.identity.web;

import java.util.Locale;
import org.mutualis.identity.IdentityException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A broken rule in the reader's language; the French message of the exception when no key matches. */
@Component
class IdentityMessages {

    private final MessageSource messages;

    IdentityMessages(MessageSource messages) {
        this.messages = messages;
    }

    String of(IdentityException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args().length == 0 ? null : e.args(), e.getMessage(), locale);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
