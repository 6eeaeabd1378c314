package org.mutualis.inventory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.InventoryRules;
import org.mutualis.inventory.RuleForm;
import org.mutualis.inventory.RuleTrial;
import org.mutualis.inventory.RuleView;
import org.mutualis.inventory.domain.rules.RuleField;
import org.mutualis.shared.web.FormChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The normalisation rules over HTTP. */
@RestController
@RequestMapping("/api/inventory/rules")
@Tag(
        name = "Règles de normalisation de l’inventaire",
        description = "Les règles qui classent les ordinateurs inventoriés (type de poste, système, suite"
                + " bureautique) : motif (expression régulière insensible à la casse) sur un champ, résultat,"
                + " la première qui correspond l’emporte")
class RuleApiController {

    private final InventoryRules rules;
    private final FormChecks checks;

    RuleApiController(InventoryRules rules, FormChecks checks) {
        this.rules = rules;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "Toutes les règles, par type et position (tous sauf les techniciens)")
    List<RuleView> list(CurrentUser user) {
        return rules.list(user);
    }

    @GetMapping("/try")
    @Operation(
            summary = "Quelle règle classe ce texte (un châssis, un nom de système, un logiciel…) : une réponse"
                    + " par type de règle qui lit ce champ")
    List<RuleTrial> tryText(
            @RequestParam(required = false) @Nullable RuleField field,
            @RequestParam(required = false) @Nullable String text,
            CurrentUser user) {
        return rules.tryText(field, text, user);
    }

    @PostMapping
    @Operation(summary = "Ajouter une règle (administrateur ; 422 si le motif n’est pas une expression valide)")
    ResponseEntity<RuleView> add(@RequestBody RuleForm form, CurrentUser user) {
        rules.forAdding(user);
        checks.check(form);
        RuleView added = rules.add(form, user);
        return ResponseEntity.created(URI.create("/api/inventory/rules/" + added.id()))
                .body(added);
    }

    @GetMapping("/{ruleId}")
    @Operation(summary = "Lire une règle")
    RuleView rule(@PathVariable long ruleId, CurrentUser user) {
        return rules.get(ruleId, user);
    }

    @PutMapping("/{ruleId}")
    @Operation(
            summary =
                    "Modifier une règle avec la version lue (409 si quelqu’un l’a modifiée entre-temps ; administrateur)")
    RuleView update(@PathVariable long ruleId, @RequestBody RuleForm form, CurrentUser user) {
        rules.forEdit(ruleId, user);
        checks.check(form);
        return rules.update(ruleId, form, user);
    }

    @PostMapping("/{ruleId}/enable")
    @Operation(summary = "Appliquer de nouveau une règle, avec la version lue (administrateur)")
    RuleView enable(
            @PathVariable long ruleId, @RequestParam(required = false) @Nullable Long version, CurrentUser user) {
        return rules.setEnabled(ruleId, true, version, user);
    }

    @PostMapping("/{ruleId}/disable")
    @Operation(summary = "Ne plus appliquer une règle, avec la version lue (administrateur)")
    RuleView disable(
            @PathVariable long ruleId, @RequestParam(required = false) @Nullable Long version, CurrentUser user) {
        return rules.setEnabled(ruleId, false, version, user);
    }

    @PostMapping("/{ruleId}/move")
    @Operation(
            summary = "Monter (direction=up : essayée plus tôt) ou descendre (down) une règle d’un rang parmi celles"
                    + " de son type, avec la version lue (administrateur)")
    RuleView move(
            @PathVariable long ruleId,
            @RequestParam(required = false) @Nullable String direction,
            @RequestParam(required = false) @Nullable Long version,
            CurrentUser user) {
        return rules.move(ruleId, "up".equals(direction), version, user);
    }

    @DeleteMapping("/{ruleId}")
    @Operation(summary = "Supprimer une règle avec la version lue (administrateur)")
    ResponseEntity<Void> delete(
            @PathVariable long ruleId, @RequestParam(required = false) @Nullable Long version, CurrentUser user) {
        rules.delete(ruleId, version, user);
        return ResponseEntity.noContent().build();
    }
}
