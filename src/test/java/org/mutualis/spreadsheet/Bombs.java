package org.mutualis.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile spreadsheets, built in the test (none is committed), and a way to measure what reading
 * one costs: the bytes the current thread allocated, whatever the garbage collector did meanwhile.
 */
public final class Bombs {

    private Bombs() {}

    /** Work that may throw anything. */
    public interface Work {
        void run() throws Exception;
    }

    /** The bytes the current thread allocated while {@code work} ran (it may throw: the cost still counts). */
    public static long allocatedBytes(Work work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        try {
            work.run();
        } catch (Exception | AssertionError e) {
            // The cost is what is measured; callers assert the outcome themselves.
        }
        return threads.getThreadAllocatedBytes(thread) - before;
    }

    /**
     * The audit's ODS of about 3 kB: a header row, then one row of a number cell repeated on 1 000
     * columns, the row repeated 99 999 times — a hundred million cells, each within the old row and
     * column limits, about 600 MB once expanded.
     */
    public static byte[] repeatedOds(String sheet) {
        return ods(sheet, """
                <table:table-row><table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>desktops_excl_schools</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="99999">\
                <table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1">\
                <text:p>1</text:p></table:table-cell></table:table-row>
                """);
    }

    /** A real-looking ODS package (mimetype first and stored, manifest) around one table's rows. */
    public static byte[] ods(String sheet, String rows) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"" + sheet + "\">" + rows
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        entries.put(
                "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                        + "<manifest:file-entry manifest:full-path=\"/\""
                        + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>");
        entries.put("content.xml", content);
        return zip(entries);
    }

    /** An XLSX package (no styles, no shared strings) whose first sheet holds {@code sheetData}. */
    public static byte[] xlsx(String sheet, String sheetData) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "</Types>");
        entries.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        entries.put(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"" + sheet + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entries.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>");
        entries.put(
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + sheetData + "</worksheet>");
        return zip(entries);
    }

    /** A zip of texts, the {@code mimetype} entry (if any) first and stored, as ODS wants. */
    public static byte[] zip(Map<String, String> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> e : entries.entrySet()) {
                    byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                    ZipEntry entry = new ZipEntry(e.getKey());
                    if (e.getKey().equals("mimetype")) {
                        CRC32 crc = new CRC32();
                        crc.update(bytes);
                        entry.setMethod(ZipEntry.STORED);
                        entry.setSize(bytes.length);
                        entry.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(entry);
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
