package org.mutualis.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The user guide: the Markdown pages of {@code docs/guide/} (packaged as {@code classpath:guide/})
 * rendered to HTML. The pages are ours, not the users': nothing to sanitise. A link to another
 * page of the guide ({@code elu.md}) becomes its address in the application ({@code /aide/elu}).
 */
@Component
class Guide {

    /** A page name: lower-case letters, digits and hyphens, nothing that climbs a directory. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

    private static final Pattern GUIDE_LINK = Pattern.compile("([a-z0-9-]{1,40})\\.md(#[A-Za-z0-9_-]*)?");

    record Page(String name, String title, String html) {}

    private final Map<String, Optional<Page>> pages = new ConcurrentHashMap<>();
    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link && attributes.containsKey("href")) {
                    attributes.put("href", href(attributes.get("href")));
                }
            })
            .build();

    /** The page, if the guide has it. */
    Optional<Page> page(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return pages.computeIfAbsent(name, this::load);
    }

    private Optional<Page> load(String name) {
        ClassPathResource resource = new ClassPathResource("guide/" + name + ".md");
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            Node document = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return Optional.of(new Page(name, title(document), renderer.render(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code elu.md#x} → {@code /aide/elu#x}, {@code index.md} → {@code /aide}; any other link as written. */
    static String href(String href) {
        var m = GUIDE_LINK.matcher(href);
        if (!m.matches()) {
            return href;
        }
        String anchor = m.group(2) == null ? "" : m.group(2);
        return ("index".equals(m.group(1)) ? "/aide" : "/aide/" + m.group(1)) + anchor;
    }

    /** The text of the first heading. */
    private static String title(Node document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        text.append(t.getLiteral());
                    }
                }
                return text.toString().strip();
            }
        }
        return "Aide";
    }
}
