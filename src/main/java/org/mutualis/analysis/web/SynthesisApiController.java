package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.CampaignSynthesis;
import org.mutualis.analysis.Figures;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.CurrentUsers;
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
    private final CurrentUsers users;

    SynthesisApiController(CampaignSyntheses syntheses, CurrentUsers users) {
        this.syntheses = syntheses;
        this.users = users;
    }

    @GetMapping
    @Operation(
            summary = "La synthèse complète, chaque chiffre avec son explication",
            description =
                    "Pour un correspondant, les données des autres collectivités ne figurent pas dans les explications.")
    Synthesis synthesis(@PathVariable long id) {
        CurrentUser user = users.require();
        CampaignSynthesis result = syntheses.of(id);
        return SynthesisRedaction.forUser(result.synthesis(), user, result.data());
    }

    @GetMapping("/figures/{figureId}")
    @Operation(summary = "Un chiffre et son explication (méthode, formule, données, exclusions)")
    Figure figure(@PathVariable long id, @PathVariable String figureId) {
        CurrentUser user = users.require();
        CampaignSynthesis result = syntheses.of(id);
        Figure figure = Figures.find(result.synthesis(), figureId)
                .orElseThrow(() -> new org.mutualis.shared.error.NotFoundException("analysis.figure.notfound"));
        return FigureAccess.forUser(figure, user, result.data());
    }
}
