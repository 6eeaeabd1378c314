package org.mutualis.territory.official;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Where {@code epci.json} and {@code communes.json} are: a directory (the full national files of
 * {@code @etalab/decoupage-administratif}) or a classpath folder (the committed extract, or the
 * whole of France gzipped). A missing {@code x.json} is looked for as {@code x.json.gz}.
 */
public interface OfficialSource {

    String EPCI = "epci.json";
    String COMMUNES = "communes.json";
    String CLASSPATH_PREFIX = "classpath:";

    InputStream open(String fileName) throws IOException;

    /** {@code classpath:some/folder/} or a file-system directory. */
    static OfficialSource of(String location) {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            return classpath(location.substring(CLASSPATH_PREFIX.length()));
        }
        return directory(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }

    static OfficialSource directory(Path dir) {
        return fileName -> {
            Path plain = dir.resolve(fileName);
            Path gzipped = dir.resolve(fileName + ".gz");
            if (!Files.exists(plain) && Files.exists(gzipped)) {
                return new GZIPInputStream(Files.newInputStream(gzipped));
            }
            return Files.newInputStream(plain);
        };
    }

    static OfficialSource classpath(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return fileName -> {
            ClassLoader loader = OfficialSource.class.getClassLoader();
            InputStream in = loader.getResourceAsStream(prefix + fileName);
            if (in != null) {
                return in;
            }
            // The national files ship gzipped (0.8 MB each instead of 4 and 8.6 MB).
            InputStream gzipped = loader.getResourceAsStream(prefix + fileName + ".gz");
            if (gzipped == null) {
                throw new FileNotFoundException("classpath:" + prefix + fileName);
            }
            return new GZIPInputStream(gzipped);
        };
    }
}
