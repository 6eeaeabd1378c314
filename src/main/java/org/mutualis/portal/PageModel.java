package org.mutualis.portal;

import org.mutualis.shared.NumberDisplay;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page writes numbers with: one {@link NumberDisplay} in the reader's language. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final NumberDisplay numbers;

    PageModel(NumberDisplay numbers) {
        this.numbers = numbers;
    }

    @ModelAttribute("numbers")
    NumberDisplay numbers() {
        return numbers;
    }
}
