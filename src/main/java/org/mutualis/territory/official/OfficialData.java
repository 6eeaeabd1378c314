package org.mutualis.territory.official;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mutualis.territory.EpciChoice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The official territory data at {@code mutualis.territory.official-data}: by default the whole of
 * France shipped under {@code classpath:territory/france/}; point it at a directory holding other
 * {@code epci.json} and {@code communes.json} (next year's files; the tests' small extract).
 */
@Component
public class OfficialData {

    public static final String DEFAULT_LOCATION = "classpath:territory/france/";

    private final OfficialSource source;
    private final int year;
    private volatile @Nullable EpciSearch search;

    @Autowired
    OfficialData(
            @Value("${mutualis.territory.official-data:" + DEFAULT_LOCATION + "}") String location,
            @Value("${mutualis.territory.official-year:2026}") int year) {
        this(OfficialSource.of(location), year);
    }

    public OfficialData(OfficialSource source, int year) {
        this.source = source;
        this.year = year;
    }

    /** The vintage of the data (COG and EPCI list): the reference year of imported territories. */
    public int year() {
        return year;
    }

    /** How the source label of a territory imported from the official data begins. */
    static final String LABEL_PREFIX = "INSEE COG ";

    public String sourceLabel() {
        return LABEL_PREFIX + year + ", liste DGCL des EPCI " + year
                + " (@etalab/decoupage-administratif, Licence Ouverte Etalab)";
    }

    /** Whether a territory's source label says it came from the official data (its pages link to them). */
    public static boolean isOfficialSource(@Nullable String sourceLabel) {
        return sourceLabel != null && sourceLabel.startsWith(LABEL_PREFIX);
    }

    public List<EpciChoice> search(String query, int limit) {
        return index().find(query, limit);
    }

    public Optional<EpciChoice> choice(String siren) {
        return index().bySiren(siren);
    }

    /** Reads the EPCI and, in one pass over communes.json, its communes and merged communes. */
    public Optional<OfficialTerritory> territory(String siren) {
        Optional<OfficialEpci> epci = OfficialDataReader.readEpci(open(OfficialSource.EPCI), siren);
        return epci.map(e -> {
            Set<String> codes = new HashSet<>();
            e.members().forEach(m -> codes.add(m.code()));
            List<OfficialCommune> communes = OfficialDataReader.readCommunes(open(OfficialSource.COMMUNES), codes);
            return OfficialTerritory.of(e, communes, year);
        });
    }

    /** Only the search index (1,255 small records for France) stays in memory, built on first use. */
    private EpciSearch index() {
        EpciSearch current = search;
        if (current == null) {
            synchronized (this) {
                current = search;
                if (current == null) {
                    current = new EpciSearch(OfficialDataReader.readEpciChoices(open(OfficialSource.EPCI)));
                    search = current;
                }
            }
        }
        return current;
    }

    private InputStream open(String fileName) {
        try {
            return source.open(fileName);
        } catch (IOException e) {
            throw new OfficialDataException("fichier " + fileName + " introuvable (" + e.getMessage() + ")", e);
        }
    }
}
