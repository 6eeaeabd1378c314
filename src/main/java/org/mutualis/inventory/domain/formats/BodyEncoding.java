package org.mutualis.inventory.domain.formats;

/** How an agent's body was compressed; its answer goes back the same way. */
public enum BodyEncoding {
    ZLIB,
    GZIP,
    DEFLATE,
    PLAIN
}
