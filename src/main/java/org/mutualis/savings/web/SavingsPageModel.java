package org.mutualis.savings.web;

import org.mutualis.assessment.web.AssessmentPageController;
import org.mutualis.shared.NumberDisplay;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every offers, scenarios and assessment page writes numbers with. */
@ControllerAdvice(
        assignableTypes = {OfferPageController.class, ScenarioPageController.class, AssessmentPageController.class})
class SavingsPageModel {

    private final NumberDisplay numbers;

    SavingsPageModel(NumberDisplay numbers) {
        this.numbers = numbers;
    }

    @ModelAttribute("numbers")
    NumberDisplay numbers() {
        return numbers;
    }
}
