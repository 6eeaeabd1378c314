package org.mutualis.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an OpenDocument spreadsheet (the public sector's standard format, RGI) by hand: the
 * format is a zip of a few XML parts, and a library for it would weigh more than this class. The
 * sheets are written as they come, straight into the zip: the document is never whole in memory.
 */
public final class OdsGridWriter {

    private OdsGridWriter() {}

    public static void write(OutputStream out, List<SheetContent> sheets) throws IOException {
        // Closed, not only finished, so that its deflater's native memory is freed now rather than
        // when a collection finds it (a territory's 36,000 workbooks in a row); the caller's stream
        // stays open.
        ZipOutputStream zip = new ZipOutputStream(new UnclosedStream(out), StandardCharsets.UTF_8);
        // ODF 1.2 §3.3: "mimetype" first, stored uncompressed, so tools can sniff the type.
        byte[] mimetype = Odf.MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        entry.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
        put(zip, "META-INF/manifest.xml", OdsParts.manifest());
        put(zip, "styles.xml", OdsParts.styles());
        put(zip, "meta.xml", OdsParts.meta());
        // The sheets go straight into the zip as XML: no copy of the document in memory.
        // Buffered: the XML writer hands the zip's deflater a few bytes at a time otherwise.
        zip.putNextEntry(new ZipEntry("content.xml"));
        OutputStream content = new Buffer(zip);
        content(content, sheets);
        content.flush();
        zip.closeEntry();
        zip.close();
    }

    /**
     * A buffer without {@link java.io.BufferedOutputStream}'s lock: the XML writer hands it the
     * content one byte at a time, and a lock per byte was a third of the time of a territory's
     * 36,000 workbooks. Flushing does not flush the zip, which deflates as it likes.
     */
    private static final class Buffer extends OutputStream {
        private final OutputStream out;
        private final byte[] bytes = new byte[1 << 16];
        private int count;

        Buffer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (count == bytes.length) {
                drain();
            }
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > bytes.length - count) {
                drain();
            }
            if (len >= bytes.length) {
                out.write(b, off, len);
                return;
            }
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            drain();
        }

        private void drain() throws IOException {
            if (count > 0) {
                out.write(bytes, 0, count);
                count = 0;
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void content(OutputStream out, List<SheetContent> sheets) throws IOException {
        try {
            XMLStreamWriter xml = OdsParts.start(out, "document-content");
            xml.writeNamespace("style", Odf.STYLE);
            xml.writeNamespace("fo", Odf.FO);
            xml.writeNamespace("number", Odf.NUMBER);
            xml.writeNamespace("table", Odf.TABLE);
            xml.writeNamespace("text", Odf.TEXT);
            xml.writeNamespace("of", OdsValidations.OF);
            xml.writeAttribute("office", Odf.OFFICE, "version", Odf.VERSION);
            OdsParts.automaticStyles(xml, sheets);
            xml.writeStartElement("office", "body", Odf.OFFICE);
            xml.writeStartElement("office", "spreadsheet", Odf.OFFICE);
            OdsValidations.declare(xml, sheets);
            for (int s = 0; s < sheets.size(); s++) {
                table(xml, sheets.get(s), s);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            OdsParts.end(xml);
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write ODS content", e);
        }
    }

    private static void table(XMLStreamWriter xml, SheetContent sheet, int index) throws XMLStreamException {
        xml.writeStartElement("table", "table", Odf.TABLE);
        xml.writeAttribute("table", Odf.TABLE, "name", sheet.name());
        if (sheet.hidden()) {
            xml.writeAttribute("table", Odf.TABLE, "style-name", OdsParts.HIDDEN_TABLE);
        }
        int width = Math.max(1, sheet.columns());
        if (sheet.widths().isEmpty() && sheet.hiddenColumns().isEmpty()) {
            xml.writeEmptyElement("table", "table-column", Odf.TABLE);
            xml.writeAttribute("table", Odf.TABLE, "style-name", "co1");
            xml.writeAttribute("table", Odf.TABLE, "number-columns-repeated", Integer.toString(width));
        } else {
            for (int c = 0; c < width; c++) {
                xml.writeEmptyElement("table", "table-column", Odf.TABLE);
                xml.writeAttribute("table", Odf.TABLE, "style-name", OdsParts.columnStyle(sheet.width(c)));
                if (sheet.hiddenColumns().contains(c)) {
                    xml.writeAttribute("table", Odf.TABLE, "visibility", "collapse");
                }
            }
        }
        int r = 0;
        for (List<GridCell> cells : sheet.rows()) {
            xml.writeStartElement("table", "table-row", Odf.TABLE);
            for (int c = 0; c < cells.size(); c++) {
                boolean wrap = r > 0
                        && cells.get(c) instanceof GridCell.Text t
                        && t.value().length() > sheet.width(c);
                cell(xml, cells.get(c), r == 0, wrap, r == 0 ? null : OdsValidations.of(sheet, index, r, c));
            }
            xml.writeEndElement();
            r++;
        }
        OdsValidations.emptyRows(xml, sheet, index);
        xml.writeEndElement();
    }

    private static void cell(
            XMLStreamWriter xml, GridCell cell, boolean header, boolean wrap, @Nullable String validation)
            throws XMLStreamException {
        String text = cell.plain();
        if (text.isEmpty()) {
            xml.writeEmptyElement("table", "table-cell", Odf.TABLE);
        } else {
            xml.writeStartElement("table", "table-cell", Odf.TABLE);
        }
        if (validation != null) {
            xml.writeAttribute("table", Odf.TABLE, "content-validation-name", validation);
        }
        if (text.isEmpty()) {
            return;
        }
        if (header) {
            xml.writeAttribute("table", Odf.TABLE, "style-name", "ce1");
        } else if (wrap) {
            xml.writeAttribute("table", Odf.TABLE, "style-name", OdsParts.WRAPPED);
        } else if (cell instanceof GridCell.Number n && n.value().scale() == 2) {
            // money and counts kept to the cent show their cents: 361,00, not 361
            xml.writeAttribute("table", Odf.TABLE, "style-name", OdsParts.CENTS);
        }
        if (cell instanceof GridCell.Number) {
            xml.writeAttribute("office", Odf.OFFICE, "value-type", "float");
            xml.writeAttribute("office", Odf.OFFICE, "value", text);
        } else {
            xml.writeAttribute("office", Odf.OFFICE, "value-type", "string");
        }
        for (String line : text.split("\n", -1)) {
            xml.writeStartElement("text", "p", Odf.TEXT);
            OdsParts.paragraph(xml, line);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
