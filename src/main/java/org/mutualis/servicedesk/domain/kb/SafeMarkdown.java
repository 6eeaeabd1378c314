package org.mutualis.servicedesk.domain.kb;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An article's Markdown to HTML that is safe to show, in two independent steps: commonmark renders
 * the Markdown with raw HTML escaped (a {@code <script>} typed in the text shows as text) and
 * unsafe link targets blanked; then jsoup's {@link Cleaner} keeps only a list of harmless tags and
 * attributes — no script, no style, no event handler, links in http, https or mailto (or relative),
 * images in http or https only (no {@code data:}), every link {@code rel="nofollow noopener"}.
 * Headings move one level down ({@code #} → {@code h2}): the article's title is the page's h1.
 */
public final class SafeMarkdown {

    private static final String BASE = "https://kb.mutualis.invalid/";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private static final Safelist SAFE = new Safelist()
            .addTags(
                    "a",
                    "b",
                    "blockquote",
                    "br",
                    "code",
                    "em",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "i",
                    "img",
                    "li",
                    "ol",
                    "p",
                    "pre",
                    "strong",
                    "ul")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .preserveRelativeLinks(true);

    private SafeMarkdown() {}

    /** The Markdown as safe HTML; an empty string for an empty text. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(shiftHeadings(rendered), BASE);
        Document clean = new Cleaner(SAFE).clean(dirty);
        // A link whose target was refused (javascript:, data:…) is its text alone.
        clean.select("a:not([href]), a[href=\"\"]").unwrap();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The text alone (no tags), white space collapsed, cut at {@code max} characters with an ellipsis. */
    public static String excerpt(String markdown, int max) {
        String text = Jsoup.parseBodyFragment(html(markdown)).text().strip();
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Math.max(0, max - 1)).strip() + "…";
    }

    /** h1 → h2, …, h5 → h6, h6 stays: the page's title is its only h1. */
    private static String shiftHeadings(String html) {
        Document document = Jsoup.parseBodyFragment(html, BASE);
        for (int level = 5; level >= 1; level--) {
            for (Element heading : document.select("h" + level)) {
                heading.tagName("h" + (level + 1));
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
