package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The synthesis of a campaign, each figure with its method, formula, inputs and exclusions. */
@RestController
@RequestMapping("/api/campaigns/{id}/synthesis")
@Tag(name = "Synthèse", description = "Représentativité, totaux extrapolés, parts, moyennes, renouvellement")
class SynthesisApiController {

    private final CampaignSyntheses syntheses;

    SynthesisApiController(CampaignSyntheses syntheses) {
        this.syntheses = syntheses;
    }

    @GetMapping
    @Operation(
            summary = "La synthèse complète, chaque chiffre avec son explication",
            description =
                    "Pour un correspondant d'un territoire aux réponses confidentielles : ses propres données seulement"
                            + " dans les explications, et le secret statistique (value: null) pour tout chiffre tiré de"
                            + " moins de 3 autres collectivités ou de la valeur d'une seule (docs/confidentiality.md).")
    Synthesis synthesis(@PathVariable long id, CurrentUser user) {
        return syntheses.view(id, user).synthesis();
    }

    @GetMapping("/figures/{figureId}")
    @Operation(
            summary = "Un chiffre et son explication (méthode, formule, données, exclusions)",
            description =
                    "Le même chiffre que dans la synthèse du lecteur : sous le secret statistique, value est null.")
    Figure figure(@PathVariable long id, @PathVariable String figureId, CurrentUser user) {
        return syntheses.figure(id, figureId, user).figure();
    }
}
