package org.mutualis.spreadsheet;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose {@code close()} only flushes: what a writer gets when it writes one entry of a zip
 * that stays open for the next (an ODS's {@code content.xml}, one workbook of {@code workbooks.zip}).
 */
public final class UnclosedStream extends FilterOutputStream {

    public UnclosedStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
