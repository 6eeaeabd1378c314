package org.mutualis.programme.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.mutualis.programme.domain.gantt.GanttChart;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;
import org.mutualis.programme.domain.gantt.SyntheticProgramme;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Gantt chart's SVG, read back with an XML parser as a browser would. */
class GanttSvgTests {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static GanttRow row(
            String id,
            GanttLevel level,
            String label,
            LocalDate start,
            LocalDate end,
            GanttStatus status,
            boolean late,
            boolean milestone,
            List<String> dependsOn,
            String href) {
        return new GanttRow(id, level, label, start, end, status, late, milestone, dependsOn, href);
    }

    private static GanttChart small() {
        return new GanttChart(
                "Programme & <suite>",
                TODAY,
                List.of(
                        row(
                                "s1",
                                GanttLevel.STAGE,
                                "Étape 1",
                                d(3, 1),
                                d(4, 30),
                                GanttStatus.IN_PROGRESS,
                                false,
                                false,
                                List.of(),
                                null),
                        row(
                                "a1",
                                GanttLevel.ACTION,
                                "Action 1",
                                d(3, 1),
                                d(4, 30),
                                GanttStatus.IN_PROGRESS,
                                false,
                                false,
                                List.of(),
                                "/programme/actions/1"),
                        row(
                                "p0",
                                GanttLevel.PHASE,
                                "Phase 0",
                                d(3, 1),
                                d(3, 31),
                                GanttStatus.IN_PROGRESS,
                                false,
                                false,
                                List.of(),
                                null),
                        row(
                                "t1",
                                GanttLevel.TASK,
                                "Recenser les contrats",
                                d(3, 1),
                                d(3, 10),
                                GanttStatus.DONE,
                                false,
                                false,
                                List.of(),
                                "/programme/tasks/1"),
                        row(
                                "t2",
                                GanttLevel.TASK,
                                "<script>alert('x')</script> & co",
                                d(3, 11),
                                d(3, 14),
                                GanttStatus.IN_PROGRESS,
                                true,
                                false,
                                List.of("t1"),
                                "javascript:alert(1)"),
                        row(
                                "t3",
                                GanttLevel.TASK,
                                "Valider la phase 0",
                                d(3, 31),
                                d(3, 31),
                                GanttStatus.TODO,
                                false,
                                true,
                                List.of("t2"),
                                "/programme/tasks/3"),
                        row(
                                "t4",
                                GanttLevel.TASK,
                                "Sans dates\u0001 ni heure",
                                null,
                                null,
                                GanttStatus.CANCELLED,
                                false,
                                false,
                                List.of("t3"),
                                null)));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2027, month, day);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> withClass(Document document, String name, String cssClass) {
        return elements(document, name).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    private static Element row(Document document, String id) {
        return withClass(document, "g", "gantt-row").stream()
                .filter(g -> g.getAttribute("data-id").equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void isAStandaloneAccessibleSvgDocument() throws Exception {
        GanttLayout layout = GanttLayout.of(small());
        String svg = GanttSvg.write(layout, GanttWords.french());
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(Double.parseDouble(root.getAttribute("width"))).isEqualTo(layout.width());
        assertThat(root.getAttribute("viewBox"))
                .isEqualTo("0 0 " + root.getAttribute("width") + " " + root.getAttribute("height"));
        Element title = (Element) firstElement(root);
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(title.getTextContent()).isEqualTo("Programme & <suite>");
        Element desc = elements(document, "desc").get(0);
        assertThat(desc.getTextContent())
                .isEqualTo("Diagramme de Gantt : 7 lignes du 01/03/2027 au 30/04/2027, dont 1 en retard.");
        assertThat(svg).doesNotContain("<?xml").doesNotContain("http-equiv").doesNotContain("url(http");
    }

    @Test
    void drawsOneGroupPerRowWithClassesByLevelAndStatus() throws Exception {
        Document document = parse(GanttSvg.write(GanttLayout.of(small()), GanttWords.french()));
        assertThat(withClass(document, "g", "gantt-row")).hasSize(7);
        assertThat(withClass(document, "g", "gantt-task")).hasSize(4);
        assertThat(withClass(document, "g", "gantt-stage")).hasSize(1);
        assertThat(row(document, "t1").getAttribute("class")).isEqualTo("gantt-row gantt-task gantt-done");
        assertThat(row(document, "t2").getAttribute("class"))
                .isEqualTo("gantt-row gantt-task gantt-in-progress gantt-late");
        assertThat(withClass(document, "g", "gantt-late")).hasSize(1);
        List<String> labels = withClass(document, "text", "gantt-label").stream()
                .map(Element::getTextContent)
                .toList();
        assertThat(labels).contains("Recenser les contrats", "Valider la phase 0", "Étape 1", "Sans dates ni heure");
        // a bar per dated row but the milestone, which is a diamond; none for the row without dates
        assertThat(withClass(document, "rect", "gantt-bar")).hasSize(5);
        assertThat(withClass(document, "path", "gantt-milestone")).hasSize(1);
        assertThat(withClass(document, "rect", "gantt-bar").stream()
                        .filter(r -> ((Element) r.getParentNode())
                                .getAttribute("data-id")
                                .equals("t4")))
                .isEmpty();
    }

    @Test
    void aScriptInALabelIsTextAndABadLinkIsDropped() throws Exception {
        String svg = GanttSvg.write(GanttLayout.of(small()), GanttWords.french());
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg).doesNotContain("<script").doesNotContain("javascript:");
        Element late = row(document, "t2");
        Element label = (Element) late.getElementsByTagNameNS(SVG, "text").item(0);
        assertThat(label.getTextContent()).isEqualTo("<script>alert('x')</script> & co ⚠ en retard");
        assertThat(late.getElementsByTagNameNS(SVG, "a").getLength()).isZero();
        Element link =
                (Element) row(document, "t1").getElementsByTagNameNS(SVG, "a").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("/programme/tasks/1");
        assertThat(link.getAttributeNS("http://www.w3.org/1999/xlink", "href")).isEqualTo("/programme/tasks/1");
    }

    @Test
    void lateIsSaidInWordsAndDrawnInRedWithHatching() throws Exception {
        Document document = parse(GanttSvg.write(GanttLayout.of(small()), GanttWords.french()));
        Element late = row(document, "t2");
        assertThat(late.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
                .isEqualTo("<script>alert('x')</script> & co — 11/03/2027 → 14/03/2027 — en cours — en retard");
        Element bar = withClass(document, "rect", "gantt-bar").stream()
                .filter(r -> r.getParentNode() == late)
                .findFirst()
                .orElseThrow();
        assertThat(bar.getAttribute("stroke")).isEqualTo("#c62828");
        assertThat(withClass(document, "rect", "gantt-late-hatch")).hasSize(1);
        assertThat(withClass(document, "tspan", "gantt-late-mark"))
                .singleElement()
                .satisfies(mark -> assertThat(mark.getTextContent()).isEqualTo(" ⚠ en retard"));
        Element onTime = row(document, "t1");
        assertThat(onTime.getTextContent()).doesNotContain("en retard");
    }

    @Test
    void drawsTheTodayLineAndTheDependencies() throws Exception {
        GanttLayout layout = GanttLayout.of(small());
        Document document = parse(GanttSvg.write(layout, GanttWords.french()));
        Element today = withClass(document, "g", "gantt-today").get(0);
        assertThat(today.getTextContent()).isEqualTo("Aujourd’hui");
        Element line = (Element) today.getElementsByTagNameNS(SVG, "line").item(0);
        assertThat(Double.parseDouble(line.getAttribute("x1")))
                .isCloseTo(layout.todayX().getAsDouble(), org.assertj.core.api.Assertions.within(0.01));
        List<Element> dependencies = withClass(document, "path", "gantt-dependency");
        // t2 after t1, t3 after t2; t4 has no dates
        assertThat(dependencies).hasSize(2);
        assertThat(dependencies)
                .extracting(p -> p.getAttribute("data-from") + "→" + p.getAttribute("data-to"))
                .containsExactly("t1→t2", "t2→t3");
        assertThat(dependencies)
                .allSatisfy(p -> assertThat(p.getAttribute("marker-end")).isEqualTo("url(#gantt-arrow)"));
        assertThat(document.getElementById("gantt-arrow")).isNull(); // no DTD: ids are plain attributes
        assertThat(elements(document, "marker"))
                .extracting(m -> m.getAttribute("id"))
                .containsExactly("gantt-arrow");
    }

    @Test
    void noTodayLineOutsideTheSpan() throws Exception {
        GanttChart chart = small();
        GanttChart later = new GanttChart(chart.title(), LocalDate.of(2030, 1, 1), chart.rows());
        Document document = parse(GanttSvg.write(GanttLayout.of(later), GanttWords.french()));
        assertThat(withClass(document, "g", "gantt-today")).isEmpty();
    }

    @Test
    void englishWordsReplaceTheFrenchOnes() throws Exception {
        String svg = GanttSvg.write(GanttLayout.of(small()), GanttWords.english());
        Document document = parse(svg);
        assertThat(withClass(document, "g", "gantt-today").get(0).getTextContent())
                .isEqualTo("Today");
        assertThat(svg).contains("⚠ late").doesNotContain("en retard").doesNotContain("Aujourd");
        assertThat(svg).contains(">Mar 2027<");
    }

    @Test
    void twoThousandRowsMakeAWellFormedDocument() throws Exception {
        GanttChart chart = SyntheticProgramme.twoThousandRows();
        GanttLayout layout = GanttLayout.of(chart);
        String svg = GanttSvg.write(layout, GanttWords.french());
        Document document = parse(svg);
        long tasks =
                chart.rows().stream().filter(r -> r.level() == GanttLevel.TASK).count();
        assertThat(withClass(document, "g", "gantt-task")).hasSize((int) tasks);
        assertThat(withClass(document, "g", "gantt-row")).hasSize(2000);
        assertThat(withClass(document, "path", "gantt-dependency"))
                .hasSize(layout.arrows().size());
        assertThat(withClass(document, "path", "gantt-milestone"))
                .hasSize((int) chart.rows().stream().filter(GanttRow::milestone).count());
        assertThat(withClass(document, "text", "gantt-label"))
                .extracting(Element::getTextContent)
                .contains("Tâche 1 : préparer le lot 0", "Tâche 1836 : valider la phase 2");
        Path out = Path.of("target", "gantt");
        Files.createDirectories(out);
        Files.writeString(out.resolve("programme-2000.svg"), svg);
        Files.writeString(
                out.resolve("programme-small.svg"), GanttSvg.write(GanttLayout.of(small()), GanttWords.french()));
    }

    @Test
    void numbersHaveADotAndAtMostTwoDecimals() {
        assertThat(GanttSvg.number(0)).isEqualTo("0");
        assertThat(GanttSvg.number(12.5)).isEqualTo("12.5");
        assertThat(GanttSvg.number(12.05)).isEqualTo("12.05");
        assertThat(GanttSvg.number(1234.5678)).isEqualTo("1234.57");
        assertThat(GanttSvg.number(-3.1)).isEqualTo("-3.1");
        assertThat(GanttSvg.number(1e7)).isEqualTo("10000000");
    }

    @Test
    void onlyPathsAndHttpLinksAreKept() {
        assertThat(GanttSvg.safeLink("/programme/tasks/1")).isEqualTo("/programme/tasks/1");
        assertThat(GanttSvg.safeLink("https://example.org/x")).isEqualTo("https://example.org/x");
        assertThat(GanttSvg.safeLink(" JavaScript:alert(1)")).isNull();
        assertThat(GanttSvg.safeLink("data:text/html,x")).isNull();
        assertThat(GanttSvg.safeLink("//evil.example")).isNull();
        assertThat(GanttSvg.safeLink(null)).isNull();
    }

    private static Node firstElement(Element parent) {
        Node node = parent.getFirstChild();
        while (node != null && node.getNodeType() != Node.ELEMENT_NODE) {
            node = node.getNextSibling();
        }
        return node;
    }
}
