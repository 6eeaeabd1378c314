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
import java.util.List;
import org.mutualis.analysis.CampaignSyntheses;
import org.mutualis.analysis.NotesPage;
import org.mutualis.analysis.TermsPage;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.analysis.domain.StratumBreakdown;
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
 * The synthesis of a campaign, each figure with its method and formula; the rest on demand
 * ({@link ApiFigures}): by default each figure's totals of inputs and notes, the figure alone
 * ({@code /figures/{figureId}}) with the first page of them, the rest through {@code /terms?page=}
 * and {@code /notes?page=}; the indicators by stratum at {@code /by-stratum}.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/synthesis")
@Tag(name = "Synthèse", description = "Représentativité, totaux extrapolés, parts, moyennes, renouvellement")
class SynthesisApiController {

    private static final String TERMS = "Le détail des chiffres : sans ce paramètre, chaque chiffre donne sa valeur,"
            + " sa méthode, sa formule et le nombre de ses données (termsTotal) et remarques (notesTotal), qui sont"
            + " dans le chiffre seul (figureHref) ; « page » donne aussi les " + TermsPage.SIZE + " premières"
            + " données et remarques de chaque chiffre, avec termsHref et notesHref s'il y en a plus, et les"
            + " indicateurs par strate (le document d'avant, lourd : 230 ko pour un EPCI sans réponse) ; « all »"
            + " donne tout, sans rien couper (document énorme pour un grand territoire).";

    private static final String FIGURE_TERMS = "Les données d'un chiffre : « page » (par défaut) en donne les "
            + TermsPage.SIZE + " premières, avec termsTotal (leur nombre) et, s'il y en a plus, termsHref (le lien"
            + " qui les donne page par page) ; « all » les donne toutes.";

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
            summary = "La synthèse, chaque chiffre avec sa méthode et sa formule ; le détail à la demande",
            description = "Pour un correspondant d'un territoire aux réponses confidentielles : ses propres données"
                    + " seulement dans les explications, et le secret statistique (value: null) pour tout chiffre"
                    + " tiré de moins de 3 autres collectivités ou de la valeur d'une seule"
                    + " (docs/confidentiality.md). Par défaut, un document court, de la même taille quel que soit le"
                    + " territoire : chaque chiffre avec id, value, method, formula, reason, termsTotal et notesTotal ;"
                    + " ses données et remarques sont dans le chiffre seul (figureHref, où {figureId} est l'id du"
                    + " chiffre), les indicateurs par strate à byStratumHref (byStratumTotal : leur nombre)."
                    + " Les listes de collectivités (membres des strates, NC, non répondu, avertissements) donnent"
                    + " leurs " + TermsPage.SIZE + " premières et leur total (…Total). terms=page : le document"
                    + " détaillé d'avant (detailHref) ; terms=all : tout (completeHref).",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(schema = @Schema(implementation = Synthesis.class))))
    void synthesis(
            @PathVariable long id,
            @Parameter(description = TERMS) @RequestParam(defaultValue = "summary") String terms,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        ApiFigures.Detail detail = ApiFigures.Detail.of(terms);
        if (!"all".equals(terms) && detail == ApiFigures.Detail.SUMMARY) {
            // The summary is bounded whatever the territory's size: written once per reader view
            // (until the data change), then sent as it is. The view first, as below.
            byte[] json = syntheses.derived(
                    id, user, "api.synthesis.summary", view -> figures.write(view.synthesis(), id, detail));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setContentLength(json.length);
            response.getOutputStream().write(json);
            return;
        }
        // The view first: a refusal or an unknown campaign answers before anything is written.
        Synthesis synthesis = syntheses.view(id, user).synthesis();
        stream(response, id, terms, synthesis);
    }

    /** The indicators by stratum of the reader's view, as the synthesis gives them with {@code terms=page}. */
    record ByStratum(List<StratumBreakdown> byStratum, String figureHref) {}

    @GetMapping(value = "/by-stratum", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Les indicateurs par strate",
            description = "Chaque indicateur compté, et chaque réponse d'une question à choix, strate par strate"
                    + " (byStratum), comme la synthèse les donnait : sous le secret statistique, value est null, et"
                    + " un correspondant d'un territoire aux réponses confidentielles n'y voit que ses propres"
                    + " données. Chaque chiffre comme dans la synthèse (terms : même paramètre) ; le chiffre seul à"
                    + " figureHref.")
    void byStratum(
            @PathVariable long id,
            @Parameter(description = TERMS) @RequestParam(defaultValue = "summary") String terms,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Synthesis synthesis = syntheses.view(id, user).synthesis();
        stream(
                response,
                id,
                terms,
                new ByStratum(synthesis.byStratum(), ApiFigures.figureTemplate(ApiFigures.base(id))));
    }

    @GetMapping(value = "/figures/{figureId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Un chiffre et son explication (méthode, formule, données, exclusions)",
            description = "Le même chiffre que dans la synthèse du lecteur : sous le secret statistique, value est"
                    + " null. Ses données et remarques : les " + TermsPage.SIZE + " premières, termsTotal et"
                    + " termsHref, notesTotal et notesHref, sauf avec terms=all.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            content = @Content(schema = @Schema(implementation = Figure.class))))
    void figure(
            @PathVariable long id,
            @PathVariable String figureId,
            @Parameter(description = FIGURE_TERMS) @RequestParam(defaultValue = "page") String terms,
            CurrentUser user,
            HttpServletResponse response)
            throws IOException {
        Figure figure = syntheses.figure(id, figureId, user).figure();
        // A figure asked alone is its explanation: never the summary.
        stream(response, id, "all".equals(terms) ? "all" : "page", figure);
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
     * never held in memory as a document. {@code terms=all}: every list whole, as the domain
     * records are; else at the level of detail asked ({@link ApiFigures.Detail}).
     */
    private void stream(HttpServletResponse response, long campaignId, String terms, Object body) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        // Jackson closes the stream when it is done, which completes the response.
        OutputStream out = response.getOutputStream();
        if ("all".equals(terms)) {
            mapper.writeValue(out, body);
        } else {
            figures.write(body, campaignId, ApiFigures.Detail.of(terms), out);
        }
    }
}
