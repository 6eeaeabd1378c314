package org.mutualis.servicedesk.domain.kb;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** An article's Markdown shown as HTML: the formatting comes through, no script ever does. */
class SafeMarkdownTests {

    @Example
    void markdownBecomesHtmlHeadingsOneLevelDown() {
        String html = SafeMarkdown.html("# Imprimante\n\n**Redémarrez** la *file* d’impression :\n\n1. un\n2. deux\n\n"
                + "`lpstat -t`\n\n> Note");
        assertThat(html)
                .contains("<h2>Imprimante</h2>")
                .contains("<strong>Redémarrez</strong>")
                .contains("<em>file</em>")
                .contains("<ol>")
                .contains("<code>lpstat -t</code>")
                .contains("<blockquote>")
                .doesNotContain("<h1");
    }

    @Example
    void linksKeepTheirTargetAndGetNofollowNoopener() {
        String html = SafeMarkdown.html("[Guide](https://exemple.fr/guide) et [autre article](/servicedesk/kb/12)"
                + " et [écrire](mailto:support@exemple.fr)");
        assertThat(html)
                .contains("href=\"https://exemple.fr/guide\"")
                .contains("href=\"/servicedesk/kb/12\"")
                .contains("href=\"mailto:support@exemple.fr\"")
                .contains("rel=\"nofollow noopener\"");
    }

    @Example
    void scriptTagsAreShownAsTextNeverRun() {
        String html = SafeMarkdown.html("Avant <script>alert(1)</script> après\n\n<script>\nalert(2)\n</script>\n");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Example
    void eventHandlersNeverComeThrough() {
        String html = SafeMarkdown.html("<img src=x onerror=alert(1)>\n\n<svg onload=alert(1)>\n\n"
                + "<div onclick=\"alert(1)\">x</div>\n\n<a href=\"https://x.fr\" onmouseover=\"alert(1)\">lien</a>");
        assertThat(tags(html)).doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContain("<svg", "<img", "<div");
    }

    @Example
    void javascriptAndDataUrlsAreDropped() {
        String html = SafeMarkdown.html("[clic](javascript:alert(1)) [clic2](JaVaScRiPt:alert(1))"
                + " [clic3](jav&#x09;ascript:alert(1)) ![img](data:image/svg+xml;base64,PHN2Zz4=)"
                + " [data](data:text/html,<script>alert(1)</script>) <javascript:alert(1)>"
                + " [vb](vbscript:msgbox(1))");
        assertThat(tags(html).toLowerCase())
                .doesNotContain("javascript:")
                .doesNotContain("data:")
                .doesNotContain("vbscript:")
                .doesNotContain("href=\"\"")
                .doesNotContain("<script");
    }

    @Example
    void rawHtmlBlocksStylesAndIframesNeverComeThrough() {
        String html = SafeMarkdown.html(
                "<style>body{display:none}</style>\n\n<iframe src=\"https://x.fr\"></iframe>\n\n"
                        + "<p style=\"color:red\">rouge</p>\n\n<object data=\"x\"></object>\n\n<form action=\"/x\"><input></form>");
        assertThat(tags(html)).doesNotContain("<style", "<iframe", "style=", "<object", "<form", "<input", "<p style");
    }

    @Example
    void aRefusedLinkKeepsItsText() {
        assertThat(SafeMarkdown.html("[clic ici](javascript:alert(1))").strip()).isEqualTo("<p>clic ici</p>");
    }

    @Example
    void imagesInHttpsStay() {
        assertThat(SafeMarkdown.html("![Schéma](https://exemple.fr/schema.png)"))
                .contains("<img src=\"https://exemple.fr/schema.png\" alt=\"Schéma\">");
    }

    @Example
    void anExcerptIsTheTextCut() {
        assertThat(SafeMarkdown.excerpt("# Titre\n\nUn **texte** <b>brut</b>", 100))
                .isEqualTo("Titre Un texte <b>brut</b>");
        assertThat(SafeMarkdown.excerpt("mot ".repeat(100), 20))
                .hasSizeLessThanOrEqualTo(20)
                .endsWith("…");
    }

    /** Whatever is typed, mixing Markdown and HTML-ish pieces: no tag but the safe list's, no handler, no script URL. */
    @Property(tries = 300)
    void nothingDangerousEverComesOut(@ForAll("pieces") String text) {
        String html = SafeMarkdown.html(text);
        String tags = tags(html).toLowerCase();
        assertThat(tags)
                .doesNotContain("<script", "<svg", "<iframe", "<style", "javascript:", "data:", "style=")
                .doesNotContainPattern("\\son[a-z]+\\s*=");
    }

    @Property(tries = 200)
    void neverThrows(@ForAll @StringLength(max = 300) String text) {
        SafeMarkdown.html(text);
        SafeMarkdown.excerpt(text, 50);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> pieces() {
        return net.jqwik.api.Arbitraries.of(
                        "<script>alert(1)</script>",
                        "<img src=x onerror=alert(1)>",
                        "<svg onload=alert(1)>",
                        "[a](javascript:alert(1))",
                        "![b](data:image/png;base64,AAAA)",
                        "<a href=\"javascript:x\">y</a>",
                        "<div style=\"x\">",
                        "\n\n",
                        "# titre",
                        "**gras**",
                        "`code`",
                        "<",
                        ">",
                        "\"",
                        "'",
                        " onmouseover=alert(1) ",
                        "[lien](https://ok.fr)",
                        "<iframe src=https://x>",
                        "&#106;avascript:",
                        "- item")
                .list()
                .ofMaxSize(12)
                .map(l -> String.join("", l));
    }

    /** The HTML's tags only (what a browser would run), not the escaped text between them. */
    private static String tags(String html) {
        StringBuilder tags = new StringBuilder();
        var m = java.util.regex.Pattern.compile("<[^>]*>").matcher(html);
        while (m.find()) {
            tags.append(m.group()).append('\n');
        }
        return tags.toString();
    }
}
