package org.mutualis.analysis.cli;

import java.io.OutputStream;
import org.mutualis.analysis.domain.Synthesis;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The command line's JSON output. */
final class SynthesisJson {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SynthesisJson() {}

    static void write(Synthesis synthesis, OutputStream out) {
        JSON.writeValue(new NonClosing(out), SynthesisTree.of(synthesis));
    }

    /** Jackson closes what it writes to; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
