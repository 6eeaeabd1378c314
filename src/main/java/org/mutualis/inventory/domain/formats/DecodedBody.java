package org.mutualis.inventory.domain.formats;

/** An agent's body once decompressed, with the compression it came in. */
public record DecodedBody(byte[] bytes, BodyEncoding encoding) {}
