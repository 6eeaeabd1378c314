package org.mutualis.territory.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national files ship gzipped: a missing x.json is read from x.json.gz, same content. */
class OfficialSourceTests {

    @TempDir
    Path dir;

    @Test
    void aGzippedFileReadsLikeThePlainOne() throws IOException {
        byte[] plain;
        try (InputStream in = OfficialSource.classpath("territory/official/").open(OfficialSource.EPCI)) {
            plain = in.readAllBytes();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("epci.json.gz")))) {
            out.write(plain);
        }
        try (InputStream in = OfficialSource.directory(dir).open(OfficialSource.EPCI)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void theWholeOfFranceIsOnTheClasspathGzipped() throws IOException {
        try (InputStream in = OfficialSource.of("classpath:territory/france/").open(OfficialSource.EPCI)) {
            assertThat(OfficialDataReader.readEpciChoices(in)).hasSize(1255);
        }
    }

    @Test
    void aMissingFileIsSaidMissing() {
        assertThatThrownBy(() -> OfficialSource.directory(dir).open(OfficialSource.COMMUNES))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> OfficialSource.classpath("nowhere/").open(OfficialSource.COMMUNES))
                .isInstanceOf(FileNotFoundException.class);
    }
}
