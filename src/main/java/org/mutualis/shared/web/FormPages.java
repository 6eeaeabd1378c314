package org.mutualis.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * A form on its page, the one way: {@code fields} gives each field's value and message to {@code
 * fragments/field}; {@code problems} lists every message above the form and {@code fieldProblems}
 * maps them by field.
 */
@Component
public class FormPages {

    private final ProblemMessages messages;
    private final ConversionService conversions;

    FormPages(ProblemMessages messages, @Qualifier("mvcConversionService") ConversionService conversions) {
        this.messages = messages;
        this.conversions = conversions;
    }

    /** A form to fill in or edit, its values written by the form formatters, with no problems. */
    public void show(Model model, String name, Object form) {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, name);
        binding.initConversion(conversions);
        model.addAttribute(name, form);
        put(model, binding, List.of());
    }

    /** The form bound from the request, refused for what it could not read or accept. */
    public void refused(Model model, BindingResult binding) {
        put(model, binding, FormProblems.of(binding));
    }

    /** The same, for a form with nested records ({@code rows[0].minPopulation}) named by its type. */
    public void refused(Model model, BindingResult binding, Class<?> form) {
        put(model, binding, FormProblems.of(binding, form));
    }

    /** The form bound from the request, refused by its service: the values as typed, its problems. */
    public void refused(Model model, BindingResult binding, List<Problem> problems) {
        List<Problem> all = new ArrayList<>(FormProblems.of(binding));
        all.addAll(problems);
        put(model, binding, all);
    }

    /**
     * A page form submitted, the one way: what could not be read or validated shows on the form
     * again (422); the service's refusal too, with every problem (422); a stale version shows the
     * form again with the conflict (409), nothing overwritten; otherwise the save's redirection.
     *
     * @param form the form page, shown again on a refusal (the model holds the problems)
     * @param save the service call, answering where to go next
     */
    public String submit(
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            Supplier<String> form,
            Supplier<String> save) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            refused(model, binding);
            return form.get();
        }
        try {
            return save.get();
        } catch (RejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            refused(
                    model,
                    binding,
                    e.problems().isEmpty() ? List.of(Problem.of(null, e.code(), e.args())) : e.problems());
            return form.get();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            refused(model, binding, List.of(Problem.of(null, e.code(), e.args())));
            return form.get();
        }
    }

    /** A refusal that concerns no typed field (a button, a link): its problems only. */
    public void refused(Model model, List<Problem> problems) {
        messages.show(model, problems);
    }

    private void put(Model model, BindingResult binding, List<Problem> problems) {
        Map<String, String> byField = messages.show(model, problems);
        model.addAttribute("fields", new FormFields(binding, conversions, byField));
    }
}
