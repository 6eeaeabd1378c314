package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mutualis.servicedesk.domain.FileSniffer;

/** The type of an attachment comes from its content, never from its name. */
class TicketFileSnifferTests {

    @Test
    void theContentDecidesNotTheName() throws Exception {
        assertThat(FileSniffer.mediaType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "x.exe"))
                .contains("application/pdf");
        assertThat(FileSniffer.mediaType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, "x"))
                .contains("image/jpeg");
        assertThat(FileSniffer.mediaType("GIF89a...".getBytes(StandardCharsets.US_ASCII), "x"))
                .contains("image/gif");
        assertThat(FileSniffer.mediaType(new byte[] {'M', 'Z', 0, 0}, "rapport.pdf"))
                .isEmpty();
        assertThat(FileSniffer.mediaType(new byte[] {0x7f, 'E', 'L', 'F', 2, 1}, "notes.txt"))
                .isEmpty();
        assertThat(FileSniffer.mediaType("<!DOCTYPE html><p>".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .isEmpty();
        assertThat(FileSniffer.mediaType("  <svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "a.csv"))
                .isEmpty();
        assertThat(FileSniffer.mediaType("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .isEmpty();
        assertThat(FileSniffer.mediaType("Bonjour,\nl’écran est noir.".getBytes(StandardCharsets.UTF_8), "a.log"))
                .contains("text/plain");
        assertThat(FileSniffer.mediaType(TicketServiceTests.zip("word/document.xml", "<w/>"), "a.docx"))
                .isEmpty();
        assertThat(FileSniffer.mediaType(
                        TicketServiceTests.zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "a"))
                .contains("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(FileSniffer.mediaType(new byte[0], "vide.txt")).isEmpty();
    }
}
