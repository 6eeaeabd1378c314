package org.mutualis.servicedesk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ArticleForm;
import org.mutualis.servicedesk.ArticleList;
import org.mutualis.servicedesk.ArticleView;
import org.mutualis.servicedesk.ArticleVisibility;
import org.mutualis.servicedesk.Knowledge;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.shared.ListPage;
import org.mutualis.shared.web.FormPages;
import org.mutualis.shared.web.PageLinks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base's pages: the list with its search box, category filter and pages; an article;
 * the editor with its preview; the deletion's confirmation; the suggestions fragment the ticket
 * form asks for while a title is typed (htmx).
 */
@Controller
class KnowledgePageController {

    private static final String FORM = "articleForm";

    private final Knowledge knowledge;
    private final FormPages forms;

    KnowledgePageController(Knowledge knowledge, FormPages forms) {
        this.knowledge = knowledge;
        this.forms = forms;
    }

    @GetMapping("/servicedesk/kb")
    String list(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            CurrentUser user) {
        ArticleList list = knowledge.list(territory, q, category, page, user);
        model.addAttribute("list", list);
        model.addAttribute(
                "pages", PageLinks.of(new ListPage<>(list.items(), list.page(), list.pageSize(), list.total())));
        model.addAttribute("categories", knowledge.categories(territory, user));
        return "servicedesk/kb/list";
    }

    /** The suggestions under a ticket's title: {@code q}, or the title field itself ({@code title}). */
    @GetMapping("/servicedesk/kb/suggest")
    String suggest(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String title,
            Model model,
            CurrentUser user) {
        String typed = q != null && !q.isBlank() ? q : title;
        model.addAttribute("suggestions", knowledge.suggest(territory, typed, user));
        model.addAttribute("typed", typed == null ? "" : typed.strip());
        return "servicedesk/kb/suggest :: suggestions";
    }

    @GetMapping("/servicedesk/kb/new")
    String create(@RequestParam(required = false) @Nullable Long territory, Model model, CurrentUser user) {
        knowledge.requireWriter(territory, user);
        forms.show(model, FORM, new ArticleForm("", "", null, ArticleVisibility.CORRESPONDENTS));
        return form(model, null, knowledge.categories(territory, user), territory);
    }

    @PostMapping("/servicedesk/kb")
    String create(
            @RequestParam(required = false) @Nullable Long territory,
            @Valid ArticleForm articleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        knowledge.requireWriter(territory, user);
        List<CategoryView> categories = knowledge.categories(territory, user);
        return forms.submit(binding, model, response, () -> form(model, null, categories, territory), () -> {
            ArticleView created = knowledge.create(territory, articleForm, user);
            redirect.addFlashAttribute("notice", "servicedesk.kb.created");
            return "redirect:/servicedesk/kb/" + created.id();
        });
    }

    /** The editor's preview: the fragment for htmx, a page of its own otherwise. */
    @PostMapping("/servicedesk/kb/preview")
    String preview(
            @RequestParam(required = false) @Nullable Long territory,
            @RequestParam(required = false) @Nullable String body,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            CurrentUser user) {
        knowledge.requireWriter(territory, user);
        model.addAttribute("html", knowledge.preview(body));
        return htmx != null ? "servicedesk/kb/preview :: preview" : "servicedesk/kb/preview";
    }

    @GetMapping("/servicedesk/kb/{articleId}")
    String article(@PathVariable long articleId, Model model, CurrentUser user) {
        model.addAttribute("article", knowledge.read(articleId, user));
        return "servicedesk/kb/article";
    }

    @PostMapping("/servicedesk/kb/{articleId}/solved")
    String solved(@PathVariable long articleId, RedirectAttributes redirect, CurrentUser user) {
        knowledge.solved(articleId, user);
        redirect.addFlashAttribute("notice", "servicedesk.kb.solved.thanks");
        return "redirect:/servicedesk/kb/" + articleId;
    }

    @GetMapping("/servicedesk/kb/{articleId}/edit")
    String edit(@PathVariable long articleId, Model model, CurrentUser user) {
        ArticleView article = knowledge.editable(articleId, user);
        forms.show(
                model,
                FORM,
                new ArticleForm(article.title(), article.body(), article.categoryId(), article.visibility()));
        return form(model, article, knowledge.categoriesOf(article), null);
    }

    @PostMapping("/servicedesk/kb/{articleId}")
    String update(
            @PathVariable long articleId,
            @RequestParam int version,
            @Valid ArticleForm articleForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            CurrentUser user) {
        ArticleView article = knowledge.editable(articleId, user);
        List<CategoryView> categories = knowledge.categoriesOf(article);
        return forms.submit(binding, model, response, () -> form(model, article, categories, null), () -> {
            knowledge.update(articleId, articleForm, version, user);
            redirect.addFlashAttribute("notice", "servicedesk.kb.saved");
            return "redirect:/servicedesk/kb/" + articleId;
        });
    }

    @GetMapping("/servicedesk/kb/{articleId}/delete")
    String confirmDelete(@PathVariable long articleId, Model model, CurrentUser user) {
        model.addAttribute("article", knowledge.editable(articleId, user));
        return "servicedesk/kb/delete";
    }

    @PostMapping("/servicedesk/kb/{articleId}/delete")
    String delete(@PathVariable long articleId, RedirectAttributes redirect, CurrentUser user) {
        knowledge.delete(articleId, user);
        redirect.addFlashAttribute("notice", "servicedesk.kb.deleted");
        return "redirect:/servicedesk/kb";
    }

    private String form(
            Model model, @Nullable ArticleView editing, List<CategoryView> categories, @Nullable Long territory) {
        model.addAttribute("editing", editing);
        model.addAttribute("categories", categories);
        model.addAttribute("visibilities", ArticleVisibility.values());
        model.addAttribute("territory", territory);
        return "servicedesk/kb/form";
    }
}
