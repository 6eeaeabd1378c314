package org.mutualis.inventory.domain.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.spreadsheet.Bombs;

class AgentBodiesTests {

    private static final int LIMIT = 1 << 20;

    private static final byte[] PROLOG =
            ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST><DEVICEID>pc-2026-11-30-10-00-00"
                            + "</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>")
                    .getBytes(StandardCharsets.UTF_8);

    @Property
    void whatIsEncodedDecodesBackUnderItsOwnContentType(
            @ForAll @Size(max = 3000) byte[] answer, @ForAll BodyEncoding encoding, @ForAll boolean json) {
        byte[] body = AgentBodies.encode(answer, encoding);
        DecodedBody decoded = AgentBodies.decode(body, AgentBodies.contentType(encoding, json), LIMIT);
        assertThat(decoded.bytes()).isEqualTo(answer);
        assertThat(decoded.encoding()).isEqualTo(encoding);
    }

    @Property
    void aCompressedBodyIsRecognisedByItsFirstBytesWhenTheTypeSaysNothingSure(
            @ForAll @Size(max = 3000) byte[] answer,
            @ForAll("compressions") BodyEncoding encoding,
            @ForAll("unsureTypes") @Nullable String contentType) {
        byte[] body = AgentBodies.encode(answer, encoding);
        DecodedBody decoded = AgentBodies.decode(body, contentType, LIMIT);
        assertThat(decoded.bytes()).isEqualTo(answer);
        assertThat(decoded.encoding()).isEqualTo(encoding);
    }

    @Property
    void anyBytesUnderAnyTypeAreDecodedOrRefusedNeverWorse(
            @ForAll @Size(max = 500) byte[] body, @ForAll("anyTypes") @Nullable String contentType) {
        try {
            DecodedBody decoded = AgentBodies.decode(body, contentType, 4096);
            assertThat(decoded.bytes().length).isLessThanOrEqualTo(4096);
        } catch (RejectedException e) {
            assertThat(e.code()).startsWith("inventory.body.");
        }
    }

    @Property
    void aDamagedCompressedBodyIsRefusedAsCorruptOrUnknown(
            @ForAll @Size(min = 1, max = 2000) byte[] answer,
            @ForAll("compressions") BodyEncoding encoding,
            @ForAll("cuts") int cut) {
        byte[] body = AgentBodies.encode(answer, encoding);
        byte[] damaged = Arrays.copyOf(body, Math.max(0, body.length - 1 - cut % body.length));
        try {
            AgentBodies.decode(damaged, AgentBodies.contentType(encoding, false), LIMIT);
        } catch (RejectedException e) {
            assertThat(e.code()).isEqualTo("inventory.body.corrupt");
        }
    }

    @Example
    void theZlibAnswerStartsWithTheBytesFusionInventoryLooksFor() {
        byte[] reply = AgentBodies.encode(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><REPLY><RESPONSE>SEND</RESPONSE></REPLY>"
                        .getBytes(StandardCharsets.UTF_8),
                BodyEncoding.ZLIB);
        assertThat(reply[0] & 0xFF).isEqualTo(0x78);
        assertThat(reply[1] & 0xFF).isEqualTo(0x9C);
        byte[] gzip = AgentBodies.encode(PROLOG, BodyEncoding.GZIP);
        assertThat(Arrays.copyOf(gzip, 3)).containsExactly(0x1F, 0x8B, 0x08);
    }

    @Example
    void theAnswerTypesAreTheOnesAgentsExpect() {
        assertThat(AgentBodies.contentType(BodyEncoding.ZLIB, true)).isEqualTo("application/x-compress-zlib");
        assertThat(AgentBodies.contentType(BodyEncoding.GZIP, false)).isEqualTo("application/x-compress-gzip");
        assertThat(AgentBodies.contentType(BodyEncoding.DEFLATE, true)).isEqualTo("application/x-compress-deflate");
        assertThat(AgentBodies.contentType(BodyEncoding.PLAIN, true)).isEqualTo("application/json");
        assertThat(AgentBodies.contentType(BodyEncoding.PLAIN, false)).isEqualTo("application/xml");
    }

    @Example
    void everyContentTypeAnAgentSendsIsUnderstood() {
        byte[] zlib = AgentBodies.encode(PROLOG, BodyEncoding.ZLIB);
        byte[] gzip = AgentBodies.encode(PROLOG, BodyEncoding.GZIP);
        byte[] deflate = AgentBodies.encode(PROLOG, BodyEncoding.DEFLATE);
        assertThat(decoded(zlib, "application/x-compress-zlib")).isEqualTo(PROLOG);
        assertThat(decoded(zlib, "Application/X-Zlib; charset=UTF-8")).isEqualTo(PROLOG);
        assertThat(decoded(gzip, "application/x-compress-gzip")).isEqualTo(PROLOG);
        assertThat(decoded(gzip, "application/x-gzip")).isEqualTo(PROLOG);
        assertThat(decoded(deflate, "application/x-compress-deflate")).isEqualTo(PROLOG);
        assertThat(decoded(deflate, "application/x-deflate")).isEqualTo(PROLOG);
        assertThat(decoded(PROLOG, "application/xml")).isEqualTo(PROLOG);
        assertThat(decoded(PROLOG, "text/xml; charset=utf-8")).isEqualTo(PROLOG);
        // ocsinventory-agent always says application/x-compress, whatever it could compress with.
        assertThat(decoded(zlib, "application/x-compress")).isEqualTo(PROLOG);
        assertThat(decoded(gzip, "application/x-compress")).isEqualTo(PROLOG);
        assertThat(decoded(PROLOG, "application/x-compress")).isEqualTo(PROLOG);
        assertThat(decoded(zlib, "text/plain")).isEqualTo(PROLOG);
        assertThat(decoded(zlib, null)).isEqualTo(PROLOG);
        // Said compressed, sent plain (an agent without its compression library).
        assertThat(decoded(PROLOG, "application/x-compress-zlib")).isEqualTo(PROLOG);
        byte[] json = "\uFEFF  {\"action\":\"contact\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(AgentBodies.decode(json, "text/plain", LIMIT).encoding()).isEqualTo(BodyEncoding.PLAIN);
    }

    @Example
    void aBodyNeitherTextNorCompressedIsRefused() {
        assertThatThrownBy(() -> AgentBodies.decode("hello".getBytes(StandardCharsets.UTF_8), "text/plain", LIMIT))
                .isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code())
                .isEqualTo("inventory.body.unknownEncoding");
        assertThatThrownBy(() -> AgentBodies.decode(new byte[] {0x78, (byte) 0x9C, 1, 2, 3}, null, LIMIT))
                .isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code())
                .isEqualTo("inventory.body.corrupt");
    }

    @Example
    void aPlainBodyOverTheLimitIsRefusedWithTheLimit() {
        byte[] big = new byte[2000];
        Arrays.fill(big, (byte) ' ');
        big[0] = '<';
        assertThatThrownBy(() -> AgentBodies.decode(big, "application/xml", 1000))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> {
                    assertThat(((RejectedException) e).code()).isEqualTo("inventory.body.tooLarge");
                    assertThat(((RejectedException) e).args()).containsExactly(1000L);
                });
    }

    @Example
    void aCompressionBombStopsAtTheLimitQuicklyAndWithoutFillingMemory() {
        byte[] bomb = zlibOfZeros(1L << 30); // a gigabyte of zeros, about a megabyte once compressed
        assertThat(bomb.length).isLessThan(2 << 20);
        int limit = 8 << 20;
        long started = System.nanoTime();
        long allocated = Bombs.allocatedBytes(() -> AgentBodies.decode(bomb, "application/x-compress-zlib", limit));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThatThrownBy(() -> AgentBodies.decode(bomb, "application/x-compress", limit))
                .isInstanceOf(RejectedException.class)
                .satisfies(e -> {
                    assertThat(((RejectedException) e).code()).isEqualTo("inventory.body.tooLarge");
                    assertThat(((RejectedException) e).args()).containsExactly((long) limit);
                });
        assertThat(millis)
                .as("milliseconds to refuse the bomb (inflating it all takes far longer)")
                .isLessThan(5000);
        assertThat(allocated).as("bytes allocated to refuse the bomb").isLessThan(6L * limit);
        byte[] gzipBomb = AgentBodies.encode(new byte[64 << 20], BodyEncoding.GZIP);
        assertThatThrownBy(() -> AgentBodies.decode(gzipBomb, "application/x-gzip", limit))
                .isInstanceOf(RejectedException.class)
                .extracting(e -> ((RejectedException) e).code())
                .isEqualTo("inventory.body.tooLarge");
    }

    /**
     * A zlib stream of {@code size} zeros (a multiple of a mebibyte), built without compressing them
     * all: one flushed deflate block of a mebibyte of zeros refers only to itself, so it can be
     * repeated.
     */
    static byte[] zlibOfZeros(long size) {
        byte[] block = new byte[1 << 12];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        int length;
        try {
            deflater.setInput(new byte[1 << 20]);
            length = deflater.deflate(block, 0, block.length, Deflater.SYNC_FLUSH);
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (size >> 20) * length + 16);
        out.write(0x78);
        out.write(0x9C);
        for (long written = 0; written < size; written += 1 << 20) {
            out.write(block, 0, length);
        }
        out.write(0x03); // a final empty block with fixed codes
        out.write(0x00);
        long adler = ((size % 65521) << 16) | 1; // Adler-32 of zeros
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >> shift) & 0xFF);
        }
        return out.toByteArray();
    }

    @Example
    void theBombBuilderMakesARealZlibStream() {
        byte[] small = zlibOfZeros(3L << 20);
        assertThat(AgentBodies.decode(small, null, 4 << 20).bytes())
                .hasSize(3 << 20)
                .containsOnly(0);
    }

    private static byte[] decoded(byte[] body, @Nullable String contentType) {
        return AgentBodies.decode(body, contentType, LIMIT).bytes();
    }

    @Provide
    Arbitrary<BodyEncoding> compressions() {
        return Arbitraries.of(BodyEncoding.ZLIB, BodyEncoding.GZIP);
    }

    @Provide
    Arbitrary<String> unsureTypes() {
        return Arbitraries.of("application/x-compress", "text/plain", "application/octet-stream", "")
                .injectNull(0.2);
    }

    @Provide
    Arbitrary<String> anyTypes() {
        return Arbitraries.of(
                        "application/x-compress-zlib",
                        "application/x-zlib",
                        "application/x-compress-gzip",
                        "application/x-gzip",
                        "application/x-compress-deflate",
                        "application/x-deflate",
                        "application/json",
                        "application/xml",
                        "text/xml",
                        "application/x-compress",
                        "text/plain",
                        "nonsense")
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, 50);
    }
}
