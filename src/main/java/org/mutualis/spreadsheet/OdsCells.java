package org.mutualis.spreadsheet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The value of one ODS table cell, read from its start element to its end element. */
final class OdsCells {

    private OdsCells() {}

    /**
     * Numbers come from {@code office:value} (the display text may be rounded or grouped);
     * everything else from the paragraphs, one line per {@code text:p}, with {@code text:s}
     * spaces, tabs and line breaks restored. Annotations (cell comments) are not the value.
     */
    static String value(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        String type = OdsGridReader.attribute(xml, Odf.OFFICE, "value-type", "");
        String stored = switch (type) {
            case "float", "percentage", "currency" -> xml.getAttributeValue(Odf.OFFICE, "value");
            case "boolean" -> "true".equals(xml.getAttributeValue(Odf.OFFICE, "boolean-value")) ? "oui" : "non";
            case "date" -> xml.getAttributeValue(Odf.OFFICE, "date-value");
            case "time" -> xml.getAttributeValue(Odf.OFFICE, "time-value");
            default -> null;
        };
        String text = paragraphs(xml, maxChars);
        if (stored == null) {
            return text;
        }
        return type.equals("float") || type.equals("percentage") || type.equals("currency")
                ? Numbers.fromStored(stored)
                : stored;
    }

    /** The text, cut at {@code maxChars}: the limit is then refused, not billions of spaces built. */
    private static String paragraphs(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        int annotationDepth = 0;
        int paragraphDepth = 0; // depth of the text:p being read, 0 outside paragraphs
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (annotationDepth > 0 || OdsGridReader.is(xml, Odf.OFFICE, "annotation")) {
                    annotationDepth++;
                } else if (OdsGridReader.is(xml, Odf.TEXT, "p") || OdsGridReader.is(xml, Odf.TEXT, "h")) {
                    text.append(paragraphs++ > 0 ? "\n" : "");
                    paragraphDepth = paragraphDepth == 0 ? depth : paragraphDepth;
                } else if (OdsGridReader.is(xml, Odf.TEXT, "s")) {
                    for (int n = Math.min(spaces(xml), maxChars - text.length()); n > 0; n--) {
                        text.append(' ');
                    }
                } else if (OdsGridReader.is(xml, Odf.TEXT, "tab")) {
                    text.append('\t');
                } else if (OdsGridReader.is(xml, Odf.TEXT, "line-break")) {
                    text.append('\n');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                paragraphDepth = depth == paragraphDepth ? 0 : paragraphDepth;
                text.setLength(Math.min(text.length(), maxChars));
                depth--;
                annotationDepth = Math.max(0, annotationDepth - 1);
            } else if (annotationDepth == 0
                    && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && paragraphDepth > 0) {
                text.append(xml.getText());
                text.setLength(Math.min(text.length(), maxChars));
            }
        }
        return text.toString();
    }

    /** {@code text:c}, capped: a hostile file must not ask for a billion spaces. */
    private static int spaces(XMLStreamReader xml) {
        String count = xml.getAttributeValue(Odf.TEXT, "c");
        try {
            return count == null ? 1 : (int) Math.max(1, Math.min(Long.parseLong(count.trim()), 1_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
