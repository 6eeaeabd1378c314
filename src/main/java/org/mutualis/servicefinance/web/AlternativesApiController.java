package org.mutualis.servicefinance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.Alternatives;
import org.mutualis.servicefinance.AlternativesView;
import org.mutualis.servicefinance.SubscriptionClasses;
import org.mutualis.servicefinance.SubscriptionClassesForm;
import org.mutualis.servicefinance.SubscriptionClassesView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/servicefinance")
@Tag(
        name = "Modes de financement comparés",
        description = "Le coût de chaque collectivité selon les unités (CGCT D5211-16), un abonnement forfaitaire par"
                + " strate de population, une répartition selon la population ou selon les postes de travail ; les"
                + " strates d’abonnement de chaque année")
class AlternativesApiController {

    private final Alternatives alternatives;
    private final SubscriptionClasses classes;

    AlternativesApiController(Alternatives alternatives, SubscriptionClasses classes) {
        this.alternatives = alternatives;
        this.classes = classes;
    }

    @GetMapping("/alternatives")
    @Operation(
            summary = "Les modes de financement comparés pour une année (cette année par défaut) : par collectivité,"
                    + " le montant selon chaque mode et l’écart avec les unités ; total réparti au choix (total=)"
                    + " ; toutes les communes avec everyone=true (personnel de l’EPCI et élus)")
    AlternativesView compare(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable BigDecimal total,
            @RequestParam(required = false, defaultValue = "false") boolean everyone,
            CurrentUser user) {
        return alternatives.compare(territory, year, total, everyone, user);
    }

    @GetMapping("/subscription-classes")
    @Operation(summary = "Les strates de l’abonnement forfaitaire d’une année, avec leur version")
    SubscriptionClassesView classes(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            CurrentUser user) {
        return classes.of(territory, year, user);
    }

    @PutMapping("/subscription-classes")
    @Operation(
            summary = "Fixe toutes les strates d’une année d’un coup (version lue, aucune la première fois) ;"
                    + " refusé avec chaque problème : chevauchement, trou, borne inversée, redevance négative"
                    + " (administrateur)")
    SubscriptionClassesView save(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestBody SubscriptionClassesForm form,
            CurrentUser user) {
        return classes.save(territory, year, form, user);
    }

    @DeleteMapping("/subscription-classes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supprime les strates d’une année, à la version lue (administrateur)")
    void delete(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestParam long version,
            CurrentUser user) {
        classes.delete(territory, year, version, user);
    }
}
