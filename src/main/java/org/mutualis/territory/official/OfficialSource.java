package org.mutualis.territory.official;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code epci.json} and {@code communes.json} are: a directory (the full national files of
 * {@code @etalab/decoupage-administratif}) or a classpath folder (the committed extract).
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
        return fileName -> Files.newInputStream(dir.resolve(fileName));
    }

    static OfficialSource classpath(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return fileName -> {
            ClassLoader loader = OfficialSource.class.getClassLoader();
            InputStream in = loader.getResourceAsStream(prefix + fileName);
            if (in == null) {
                throw new FileNotFoundException("classpath:" + prefix + fileName);
            }
            return in;
        };
    }
}
