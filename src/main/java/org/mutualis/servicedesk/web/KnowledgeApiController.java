package org.mutualis.servicedesk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ArticleForm;
import org.mutualis.servicedesk.ArticleList;
import org.mutualis.servicedesk.ArticleSolved;
import org.mutualis.servicedesk.ArticleSummary;
import org.mutualis.servicedesk.ArticleView;
import org.mutualis.servicedesk.Knowledge;
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

/** The knowledge base over HTTP, with the same rules and access as the pages. */
@RestController
@RequestMapping("/api/servicedesk/articles")
@Tag(
        name = "Base de connaissances",
        description = "Articles du centre de services (Markdown rendu en HTML sûr), recherche en français sans accents"
                + " ni pluriels, suggestions, « a résolu mon problème »")
class KnowledgeApiController {

    private final Knowledge knowledge;

    KnowledgeApiController(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping
    @Operation(
            summary = "Lister ou chercher (q) les articles que le lecteur peut lire, par catégorie, 20 par page (page à"
                    + " partir de 1)")
    ArticleList list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return knowledge.list(territory, q, category, page, user);
    }

    @GetMapping("/suggest")
    @Operation(summary = "Jusqu’à 5 articles lisibles qui répondent aux mots tapés (le titre d’un ticket)")
    List<ArticleSummary> suggest(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            CurrentUser user) {
        return knowledge.suggest(territory, q, user);
    }

    @PostMapping
    @Operation(summary = "Écrire un article (agents du centre) ; 422 avec chaque problème du formulaire")
    ResponseEntity<ArticleView> create(
            @RequestParam(required = false) @Nullable Long territory, @RequestBody ArticleForm form, CurrentUser user) {
        ArticleView created = knowledge.create(territory, form, user);
        return ResponseEntity.created(URI.create("/api/servicedesk/articles/" + created.id()))
                .body(created);
    }

    @GetMapping("/{articleId}")
    @Operation(summary = "Lire un article : son Markdown, son HTML nettoyé, sa catégorie, son compteur « résolu »")
    ArticleView get(@PathVariable long articleId, CurrentUser user) {
        return knowledge.view(articleId, user);
    }

    @PutMapping("/{articleId}")
    @Operation(summary = "Modifier un article avec la version lue (409 si quelqu’un l’a modifié entre-temps)")
    ArticleView update(
            @PathVariable long articleId, @RequestParam int version, @RequestBody ArticleForm form, CurrentUser user) {
        return knowledge.update(articleId, form, version, user);
    }

    @DeleteMapping("/{articleId}")
    @Operation(summary = "Supprimer un article (agents du centre)")
    ResponseEntity<Void> delete(@PathVariable long articleId, CurrentUser user) {
        knowledge.delete(articleId, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{articleId}/solved")
    @Operation(
            summary =
                    "Combien de personnes ont dit que l’article a résolu leur problème, et si c’est le cas du lecteur")
    ArticleSolved solvedCount(@PathVariable long articleId, CurrentUser user) {
        return knowledge.solvedCount(articleId, user);
    }

    @PostMapping("/{articleId}/solved")
    @Operation(
            summary =
                    "Dire que l’article a résolu mon problème (une fois par compte ; une seconde fois ne change rien)")
    ArticleSolved solved(@PathVariable long articleId, CurrentUser user) {
        return knowledge.solved(articleId, user);
    }
}
