package org.mutualis.servicedesk.mail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The text of an HTML mail body, never HTML: one pass over the markup keeps the text between the
 * tags, drops what is not meant to be read (scripts, styles, the head, comments, embedded objects)
 * with its content, turns blocks and line breaks into new lines, and decodes the entities. What
 * still looks like a tag once decoded ({@code &lt;script&gt;}) is dropped as well, so no markup
 * reaches a ticket whatever the sender wrote.
 */
final class HtmlText {

    /** Elements dropped with everything inside them. */
    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "head",
            "title",
            "template",
            "noscript",
            "iframe",
            "object",
            "embed",
            "svg",
            "math",
            "xml",
            "noembed",
            "noframes",
            "frameset",
            "select",
            "textarea");

    /** Elements that start a new line. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "tr",
            "li",
            "ul",
            "ol",
            "table",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "hr",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "dl",
            "dt",
            "dd",
            "center",
            "form",
            "fieldset",
            "tbody",
            "thead",
            "tfoot",
            "caption",
            "figure",
            "figcaption",
            "main",
            "nav",
            "aside");

    private static final Pattern TAG_LIKE = Pattern.compile("</?[a-zA-Z!?][^<>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {}

    static String toText(String html) {
        String decoded = HtmlUtils.htmlUnescape(strip(html, false));
        // What the entities hid (« &lt;script&gt;… ») goes through the same pass, content and all.
        String plain = TAG_LIKE.matcher(strip(decoded, true)).replaceAll("");
        return tidy(plain);
    }

    /** The text between the tags, the dropped elements' content left out; line breaks kept only if asked. */
    private static String strip(String html, boolean keepLineBreaks) {
        StringBuilder text = new StringBuilder(Math.min(html.length(), 1 << 16));
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c != '<') {
                text.append(!keepLineBreaks && (c == '\r' || c == '\n') ? ' ' : c);
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? length : end + 3;
                continue;
            }
            int nameStart = i + 1;
            boolean closing = nameStart < length && html.charAt(nameStart) == '/';
            if (closing) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < length && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart && !(nameStart < length && "!?".indexOf(html.charAt(nameStart)) >= 0)) {
                text.append('<'); // a lone "<" in the text
                i++;
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = endOfTag(html, nameEnd);
            if (!closing && DROPPED.contains(name)) {
                i = endOfElement(html, name, tagEnd);
                continue;
            }
            if (BLOCKS.contains(name)) {
                text.append('\n');
                if (!closing && name.equals("li")) {
                    text.append("- ");
                }
            } else if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            }
            i = tagEnd;
        }
        return text.toString();
    }

    /** Spaces collapsed, each line trimmed, at most one blank line in a row. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    /** The index after the tag's closing '>', quotes in attribute values respected. */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    /** The index after {@code </name>}, or the end: an unclosed script swallows the rest, as a browser would. */
    private static int endOfElement(String html, String name, int from) {
        int last = html.length() - name.length() - 2;
        for (int i = from; i <= last; i++) {
            if (html.charAt(i) == '<'
                    && html.charAt(i + 1) == '/'
                    && html.regionMatches(true, i + 2, name, 0, name.length())) {
                int after = i + 2 + name.length();
                if (after >= html.length() || !isNameChar(html.charAt(after))) {
                    return endOfTag(html, after);
                }
            }
        }
        return html.length();
    }
}
