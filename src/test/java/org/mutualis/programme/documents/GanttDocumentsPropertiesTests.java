package org.mutualis.programme.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.mutualis.programme.domain.gantt.GanttChart;
import org.mutualis.programme.domain.gantt.GanttLayout;
import org.mutualis.programme.domain.gantt.GanttLevel;
import org.mutualis.programme.domain.gantt.GanttRow;
import org.mutualis.programme.domain.gantt.GanttStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Whatever the labels hold, the SVG stays well-formed with only its own elements, and the PDF is written. */
class GanttDocumentsPropertiesTests {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<String> ELEMENTS = List.of(
            "svg", "title", "desc", "defs", "pattern", "line", "marker", "path", "rect", "text", "g", "a", "tspan");

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.of(
                        "<script>alert(1)</script>",
                        "]]><x/>",
                        "&amp; &lt; &#0; &unknown;",
                        "\"quoted\" 'single'",
                        "<?xml version=\"1.0\"?>",
                        "<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;",
                        "émoji 🎉 and 中文 and \uD800 lone",
                        "tab\tnew\nline\rreturn\u0000nul"));
    }

    private static GanttChart chart(String label, String title) {
        LocalDate day = LocalDate.of(2027, 5, 3);
        return new GanttChart(
                title,
                day,
                List.of(
                        GanttRow.of("s", GanttLevel.STAGE, label, day, day.plusDays(20)),
                        new GanttRow(
                                label.isEmpty() ? "t" : "id " + label,
                                GanttLevel.TASK,
                                label,
                                day,
                                day.plusDays(3),
                                GanttStatus.IN_PROGRESS,
                                true,
                                false,
                                List.of("s"),
                                "/programme/tasks/1?x=" + label)));
    }

    @Property(tries = 300)
    void anyLabelMakesAWellFormedSvgWithOnlyItsOwnElements(
            @ForAll("labels") String label, @ForAll("labels") String title) throws Exception {
        String svg = GanttSvg.write(GanttLayout.of(chart(label, title)), GanttWords.french());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(element.getNamespaceURI()).isEqualTo(SVG);
            assertThat(ELEMENTS).contains(element.getLocalName());
        }
        NodeList titles = document.getElementsByTagNameNS(SVG, "title");
        String expected =
                GanttText.xmlSafe(title).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        assertThat(titles.item(0).getTextContent()).isEqualTo(expected);
    }

    @Property(tries = 40)
    void anyLabelMakesAReadablePdf(@ForAll("labels") String label) throws Exception {
        byte[] pdf = GanttPdf.write(GanttLayout.of(chart(label, "Programme")), GanttWords.french());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @net.jqwik.api.Example
    void anEmptyChartIsOnePageAndAnEmptyTimeline() throws Exception {
        GanttLayout layout = GanttLayout.of(new GanttChart("Vide", LocalDate.of(2027, 5, 3), List.of()));
        String svg = GanttSvg.write(layout, GanttWords.french());
        assertThat(svg).contains("0 lignes du 01/05/2027 au 31/05/2027").doesNotContain("gantt-row ");
        try (PDDocument document = Loader.loadPDF(GanttPdf.write(layout, GanttWords.french()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}
