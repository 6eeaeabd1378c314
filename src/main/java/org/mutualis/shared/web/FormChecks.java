package org.mutualis.shared.web;

import java.beans.Introspector;
import java.util.List;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * A form record's Bean Validation rules, checked when the caller chooses: an API controller asks
 * the service who may do what first (403, 404), then checks the body, so that a refused reader never
 * learns what a form requires. Pages bind with {@code @Valid} and check access before showing the
 * form's problems, to the same effect.
 */
@Component
public class FormChecks {

    private final SpringValidatorAdapter validator;

    FormChecks(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** Every field that breaks the record's rules, named as {@link FormProblems} names them. */
    public List<Problem> problems(Object form) {
        var errors = new BeanPropertyBindingResult(
                form, Introspector.decapitalize(form.getClass().getSimpleName()));
        validator.validate(form, errors);
        return FormProblems.of(errors);
    }

    /** @throws RejectedException (422) with every problem of the form; nothing else is done */
    public void check(Object form) {
        List<Problem> problems = problems(form);
        if (!problems.isEmpty()) {
            throw FormProblems.rejected(problems);
        }
    }
}
