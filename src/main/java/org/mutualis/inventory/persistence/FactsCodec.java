package org.mutualis.inventory.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.mutualis.inventory.domain.InventoryReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * A device's state as it is kept: the merged inventory in JSON, compressed with gzip, and the
 * SHA-256 of that JSON (two states with the same hash say the same).
 */
public final class FactsCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactsCodec() {}

    public record Encoded(byte[] bytes, String hash) {}

    public static Encoded encode(InventoryReport state) {
        byte[] json = JSON.writeValueAsBytes(state);
        var out = new ByteArrayOutputStream(json.length / 4 + 64);
        // The fastest level: a state is written on every inventory that changes something, read rarely.
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(out.toByteArray(), sha256(json));
    }

    public static InventoryReport decode(byte[] stored) {
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return JSON.readValue(gzip.readAllBytes(), InventoryReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
