package org.mutualis.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.NotesPage;
import org.mutualis.analysis.TermsPage;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.Synthesis;
import org.mutualis.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synthesis of a campaign, each figure with its method, formula, inputs and exclusions; the
 * inputs of a figure on demand ({@link ApiFigures}: the first page inline, the rest through
 * {@code /terms?page=}).
 */
@RestController
@RequestMapping("/api/campaigns/{id}/synthesis")
@Tag(name = "Synthèse", description = "Représentativité, totaux extrapolés, parts, moyennes, renouvellement")
class SynthesisApiController {

    private static final String TERMS = "Les données d'un chiffre : « page » (par défaut) en donne les "
            + TermsPage.SIZE + " premières, avec termsTotal (leur nombre) et, s'il y en a plus, termsHref (le lien"
            + " qui les donne page par page) ; « all » les donne toutes, comme avant (document énorme pour un grand"
            + " territoire).";

    private final CampaignSyntheses syntheses;
    private final ApiFigures figures;
    private final JsonMapper mapper;

    SynthesisApiController(CampaignSyntheses syntheses, JsonMapper mapper) {
        this.syntheses = syntheses;
        this.mapper = mapper;
        this.figures = new ApiFigures(mapper);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "La synthèse complète, chaque chiffre avec son explication",
            description =
                    "Pour un correspondant d'un territoire aux réponses confidentielles : ses propres données seulement"
                            + " dans les explications, et le secret statistique (value: null) pour tout chiffre tiré de"
                            + " moins de 3 autres collectivités ou de la valeur d'une seule (docs/confidentiality.md)."
                            + " Les données de chaque chiffre : les " + TermsPage.SIZE + " premières, termsTotal et"
                            + " termsHref (voir /figures/{figureId}/terms), sauf avec terms=all.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(schema = @Schema(implementation = Synthesis.class))))
    void synthesis(
            @PathVariable long id,
            @Parameter(description = TERMS) @RequestParam(defaultValue = "page") String terms,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        // The view first: a refusal or an unknown campaign answers before anything is written.
        Synthesis synthesis = syntheses.view(id, user).synthesis();
        stream(response, "all".equals(terms) ? null : id, synthesis);
    }

    @GetMapping(value = "/figures/{figureId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Un chiffre et son explication (méthode, formule, données, exclusions)",
            description = "Le même chiffre que dans la synthèse du lecteur : sous le secret statistique, value est"
                    + " null. Ses données : les " + TermsPage.SIZE + " premières, termsTotal et termsHref, sauf"
                    + " avec terms=all.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(schema = @Schema(implementation = Figure.class))))
    void figure(
            @PathVariable long id,
            @PathVariable String figureId,
            @Parameter(description = TERMS) @RequestParam(defaultValue = "page") String terms,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Figure figure = syntheses.figure(id, figureId, user).figure();
        stream(response, "all".equals(terms) ? null : id, figure);
    }

    @GetMapping("/figures/{figureId}/terms")
    @Operation(
            summary = "Les données d'un chiffre, page par page",
            description = "Les collectivités et valeurs dont le chiffre est tiré, dans l'ordre de son explication :"
                    + " page (à partir de 1), size (" + TermsPage.SIZE + " par défaut, " + TermsPage.MAX_SIZE
                    + " au plus), pages et total toujours donnés. Un correspondant d'un territoire aux réponses"
                    + " confidentielles n'y voit que ses propres données, comme dans la synthèse.")
    TermsPage terms(
            @PathVariable long id,
            @PathVariable String figureId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + TermsPage.SIZE) int size,
            CurrentUser user) {
        return syntheses.terms(id, figureId, page, size, user);
    }

    @GetMapping("/figures/{figureId}/notes")
    @Operation(
            summary = "Les remarques d'un chiffre, page par page",
            description = "Ce qui a été laissé de côté ou supposé pour le chiffre (NC, non répondu, exclu, durée de"
                    + " vie par défaut…), une remarque par collectivité concernée, dans l'ordre de son explication :"
                    + " page (à partir de 1), size (" + TermsPage.SIZE + " par défaut, " + TermsPage.MAX_SIZE
                    + " au plus), pages et total toujours donnés. Un correspondant d'un territoire aux réponses"
                    + " confidentielles n'y voit que les siennes, comme dans la synthèse.")
    NotesPage notes(
            @PathVariable long id,
            @PathVariable String figureId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + TermsPage.SIZE) int size,
            CurrentUser user) {
        return syntheses.notes(id, figureId, page, size, user);
    }

    /**
     * Writes the JSON straight onto the response as Jackson produces it: a national synthesis is
     * never held in memory as a document. {@code campaignId} null: every list whole ({@code
     * terms=all}), else each list's first page ({@link ApiFigures}).
     */
    private void stream(HttpServletResponse response, @Nullable Long campaignId, Object body) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // Jackson closes the stream when it is done, which completes the response.
        OutputStream out = response.getOutputStream();
        if (campaignId == null) {
            mapper.writeValue(out, body);
        } else {
            figures.write(body, campaignId, out);
        }
    }
}
