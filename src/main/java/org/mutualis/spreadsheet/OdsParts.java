package org.mutualis.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The small fixed parts of an ODS file, and ODF's way of writing spaces in a paragraph. */
final class OdsParts {

    private OdsParts() {}

    /** Found once: looking a factory up reads the service files of every jar of the class path. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    static XMLStreamWriter start(OutputStream out, String root) throws XMLStreamException {
        XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("office", root, Odf.OFFICE);
        xml.writeNamespace("office", Odf.OFFICE);
        return xml;
    }

    static void end(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        // Flushed into the stream, which stays open: the ODS writer goes on with the zip.
        xml.flush();
        xml.close();
    }

    /** The style of a table the user does not see: the data read back on import. */
    static final String HIDDEN_TABLE = "ta_hidden";

    /** The style of a column {@code width} characters wide. */
    static String columnStyle(int width) {
        return width == SheetContent.DEFAULT_WIDTH ? "co1" : "co_w" + width;
    }

    /** The style of a cell whose long text wraps within its column. */
    static final String WRAPPED = "ce_wrap";

    /** A number written with its cents: two decimals and thousands grouped (1 234,50), as LibreOffice shows it. */
    static final String CENTS = "ce_cents";

    static void automaticStyles(XMLStreamWriter xml) throws XMLStreamException {
        automaticStyles(xml, java.util.List.of());
    }

    static void automaticStyles(XMLStreamWriter xml, java.util.List<SheetContent> sheets) throws XMLStreamException {
        xml.writeStartElement("office", "automatic-styles", Odf.OFFICE);
        xml.writeStartElement("style", "style", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "name", HIDDEN_TABLE);
        xml.writeAttribute("style", Odf.STYLE, "family", "table");
        xml.writeEmptyElement("style", "table-properties", Odf.STYLE);
        xml.writeAttribute("table", Odf.TABLE, "display", "false");
        xml.writeEndElement();
        xml.writeStartElement("style", "style", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "name", "co1");
        xml.writeAttribute("style", Odf.STYLE, "family", "table-column");
        xml.writeEmptyElement("style", "table-column-properties", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "column-width", "3.5cm");
        xml.writeEndElement();
        xml.writeStartElement("style", "style", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "name", "ce1");
        xml.writeAttribute("style", Odf.STYLE, "family", "table-cell");
        xml.writeEmptyElement("style", "text-properties", Odf.STYLE);
        xml.writeAttribute("fo", Odf.FO, "font-weight", "bold");
        xml.writeEndElement();
        xml.writeStartElement("style", "style", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "name", WRAPPED);
        xml.writeAttribute("style", Odf.STYLE, "family", "table-cell");
        xml.writeEmptyElement("style", "table-cell-properties", Odf.STYLE);
        xml.writeAttribute("fo", Odf.FO, "wrap-option", "wrap");
        xml.writeAttribute("style", Odf.STYLE, "vertical-align", "top");
        xml.writeEndElement();
        xml.writeStartElement("number", "number-style", Odf.NUMBER);
        xml.writeAttribute("style", Odf.STYLE, "name", "N_cents");
        xml.writeEmptyElement("number", "number", Odf.NUMBER);
        xml.writeAttribute("number", Odf.NUMBER, "decimal-places", "2");
        xml.writeAttribute("number", Odf.NUMBER, "min-integer-digits", "1");
        xml.writeAttribute("number", Odf.NUMBER, "grouping", "true");
        xml.writeEndElement();
        xml.writeEmptyElement("style", "style", Odf.STYLE);
        xml.writeAttribute("style", Odf.STYLE, "name", CENTS);
        xml.writeAttribute("style", Odf.STYLE, "family", "table-cell");
        xml.writeAttribute("style", Odf.STYLE, "data-style-name", "N_cents");
        java.util.Set<Integer> widths = new java.util.TreeSet<>();
        sheets.forEach(sheet -> widths.addAll(sheet.widths()));
        widths.remove(SheetContent.DEFAULT_WIDTH);
        for (int width : widths) {
            xml.writeStartElement("style", "style", Odf.STYLE);
            xml.writeAttribute("style", Odf.STYLE, "name", columnStyle(width));
            xml.writeAttribute("style", Odf.STYLE, "family", "table-column");
            xml.writeEmptyElement("style", "table-column-properties", Odf.STYLE);
            // 3.5 cm for 18 characters, as the default column
            xml.writeAttribute(
                    "style",
                    Odf.STYLE,
                    "column-width",
                    String.format(java.util.Locale.ROOT, "%.2fcm", width * 3.5 / 18));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * ODF collapses runs of spaces and drops leading and trailing ones, so they are written as
     * {@code <text:s text:c="n"/>}; tabs as {@code <text:tab/>}. Characters XML 1.0 cannot
     * carry are dropped.
     */
    static void paragraph(XMLStreamWriter xml, String line) throws XMLStreamException {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            if (c == ' ') {
                int end = i;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                if (end - i == 1 && i > 0 && end < line.length()) {
                    plain.append(' ');
                } else {
                    xml.writeCharacters(plain.toString());
                    plain.setLength(0);
                    xml.writeEmptyElement("text", "s", Odf.TEXT);
                    xml.writeAttribute("text", Odf.TEXT, "c", Integer.toString(end - i));
                }
                i = end;
            } else if (c == '\t') {
                xml.writeCharacters(plain.toString());
                plain.setLength(0);
                xml.writeEmptyElement("text", "tab", Odf.TEXT);
                i++;
            } else {
                if (c >= 0x20 || c == '\n') {
                    plain.append(c);
                }
                i++;
            }
        }
        xml.writeCharacters(plain.toString());
    }

    static byte[] manifest() {
        String m = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<manifest:manifest xmlns:manifest=\"" + m + "\" manifest:version=\"" + Odf.VERSION + "\">\n"
                        + " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" + Odf.VERSION
                        + "\" manifest:media-type=\"" + Odf.MIMETYPE + "\"/>\n"
                        + " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
                        + " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
                        + " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
                        + "</manifest:manifest>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] styles() throws IOException {
        return simple("document-styles", null);
    }

    static byte[] meta() throws IOException {
        return simple("document-meta", "Mutualis");
    }

    private static byte[] simple(String root, @org.jspecify.annotations.Nullable String generator) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = start(bytes, root);
            xml.writeNamespace("meta", Odf.META);
            xml.writeAttribute("office", Odf.OFFICE, "version", Odf.VERSION);
            if (generator != null) {
                xml.writeStartElement("office", "meta", Odf.OFFICE);
                xml.writeStartElement("meta", "generator", Odf.META);
                xml.writeCharacters(generator);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            end(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write ODS part", e);
        }
        return bytes.toByteArray();
    }
}
