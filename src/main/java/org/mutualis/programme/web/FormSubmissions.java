package org.mutualis.programme.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.web.FormPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * A page form of the programme, the one way: what could not be read or validated shows on the
 * form again (422); the service's refusal too, with every problem (422); a stale version shows
 * the form again with the conflict (409), nothing overwritten; otherwise the save's redirection.
 */
@Component
class FormSubmissions {

    private final FormPages forms;

    FormSubmissions(FormPages forms) {
        this.forms = forms;
    }

    /**
     * @param form the form page, shown again on a refusal (the model holds the problems)
     * @param save the service call, answering where to go next
     */
    String submit(
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            Supplier<String> form,
            Supplier<String> save) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(model, binding);
            return form.get();
        }
        try {
            return save.get();
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            forms.refused(
                    model,
                    binding,
                    e.problems().isEmpty() ? List.of(Problem.of(null, e.code(), e.args())) : e.problems());
            return form.get();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            forms.refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return form.get();
        }
    }
}
