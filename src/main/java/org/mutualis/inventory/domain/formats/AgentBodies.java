package org.mutualis.inventory.domain.formats;

import org.jspecify.annotations.Nullable;

/**
 * An agent's HTTP body: decompressed by its content type or, when that says nothing sure
 * ({@code application/x-compress}, {@code text/plain}), by its first bytes; the decompressed size
 * counted as it grows, so a compression bomb stops at the limit. And the answer, compressed the
 * way the agent's body was (zlib at the default level: FusionInventory looks for {@code 78 9C}).
 */
public final class AgentBodies {

    private AgentBodies() {}

    /**
     * @throws org.mutualis.shared.error.RejectedException when the body cannot be decompressed, or
     *     grows past {@code maxBytes} once decompressed
     */
    public static DecodedBody decode(byte[] body, @Nullable String contentType, int maxBytes) {
        throw new UnsupportedOperationException("formats: to be written");
    }

    /** The answer's bytes, compressed as the agent's body was. */
    public static byte[] encode(byte[] answer, BodyEncoding encoding) {
        throw new UnsupportedOperationException("formats: to be written");
    }

    /** The answer's content type for that compression, the one agents expect. */
    public static String contentType(BodyEncoding encoding, boolean json) {
        throw new UnsupportedOperationException("formats: to be written");
    }
}
