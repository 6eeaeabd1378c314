package org.mutualis.inventory.domain.formats;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.domain.InventorySource;
import org.mutualis.shared.error.RejectedException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The OCS Inventory / FusionInventory messages (XML): PROLOG and INVENTORY. The parser takes no
 * DTD at all (a {@code DOCTYPE} is refused before any entity could be declared), reads no external
 * entity nor schema, and limits the depth of elements.
 */
final class XmlMessages {

    private static final DocumentBuilderFactory FACTORY = factory();

    private XmlMessages() {}

    static AgentMessage read(String text) {
        Document document = parse(text);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equalsIgnoreCase("REQUEST")) {
            throw new RejectedException("inventory.xml.notRequest", Values.clean(root.getTagName(), 64));
        }
        XmlSection request = new XmlSection(root);
        String query = request.text("query");
        String deviceId = request.text("deviceid");
        String queryName = query == null ? "" : query.toUpperCase(Locale.ROOT);
        if (!queryName.equals("PROLOG") && !queryName.equals("INVENTORY")) {
            throw new RejectedException("inventory.message.unsupportedQuery", query == null ? "?" : query);
        }
        if (deviceId == null) {
            throw new RejectedException("inventory.message.noDeviceId");
        }
        if (queryName.equals("PROLOG")) {
            return new AgentMessage.Prolog(deviceId);
        }
        Section content = request.child("content");
        if (content == null) {
            throw new RejectedException("inventory.message.noContent");
        }
        return new AgentMessage.Inventory(
                ReportReader.read(InventorySource.OCS_XML, deviceId, tag(content), false, content));
    }

    /** The {@code ACCOUNTINFO} whose {@code KEYNAME} is {@code TAG}. */
    private static @Nullable String tag(Section content) {
        for (Section info : content.children("accountinfo", 64)) {
            String key = info.text("keyname");
            if (key != null && key.equalsIgnoreCase("TAG")) {
                return info.text("keyvalue");
            }
        }
        return null;
    }

    private static Document parse(String text) {
        DocumentBuilder builder;
        try {
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {}

            @Override
            public void error(SAXParseException exception) throws SAXException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused");
        });
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            int line = Math.max(0, e.getLineNumber());
            int column = Math.max(0, e.getColumnNumber());
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE") || text.contains("<!DOCTYPE") || text.contains("<!doctype")) {
                throw new FormatRejection(line, column, "inventory.xml.doctype", line, column);
            }
            String detail = Values.clean(message, 200);
            throw new FormatRejection(
                    line, column, "inventory.xml.malformed", line, column, detail == null ? "?" : detail);
        } catch (SAXException e) {
            throw new FormatRejection(0, 0, "inventory.xml.malformed", 0, 0, "?");
        } catch (IOException e) {
            throw new FormatRejection(0, 0, "inventory.xml.malformed", 0, 0, "?");
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            factory.setAttribute("jdk.xml.maxElementDepth", 64);
        } catch (IllegalArgumentException e) {
            // another parser than the JDK's: the body's size limit still bounds the depth
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setIgnoringComments(true);
        return factory;
    }

    /** An XML element of the inventory: children found by their upper-case tag. */
    private static final class XmlSection implements Section {

        private final Element element;

        XmlSection(Element element) {
            this.element = element;
        }

        @Override
        public @Nullable String text(String... keys) {
            for (String key : keys) {
                Element child = first(key);
                if (child != null) {
                    String value = Values.clean(ownText(child));
                    if (value != null) {
                        return value;
                    }
                }
            }
            return null;
        }

        @Override
        public @Nullable Section child(String key) {
            Element child = first(key);
            return child == null ? null : new XmlSection(child);
        }

        @Override
        public List<Section> children(String key, int max) {
            String tag = key.toUpperCase(Locale.ROOT);
            List<Section> list = new ArrayList<>();
            for (Node node = element.getFirstChild(); node != null && list.size() < max; node = node.getNextSibling()) {
                if (node instanceof Element && ((Element) node).getTagName().equals(tag)) {
                    list.add(new XmlSection((Element) node));
                }
            }
            return list;
        }

        private @Nullable Element first(String key) {
            String tag = key.toUpperCase(Locale.ROOT);
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element && ((Element) node).getTagName().equals(tag)) {
                    return (Element) node;
                }
            }
            return null;
        }

        /** The text directly in the element (its CDATA too), not its children's. */
        private static String ownText(Element element) {
            StringBuilder text = new StringBuilder();
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(node.getNodeValue());
                    if (text.length() > 4 * Values.MAX_TEXT) {
                        break;
                    }
                }
            }
            return text.toString();
        }
    }
}
