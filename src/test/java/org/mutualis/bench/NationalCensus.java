package org.mutualis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.mutualis.analysis.SynthesisRequests;
import org.mutualis.analysis.domain.AnalysisRequest;
import org.mutualis.analysis.domain.AnalysisUnit;
import org.mutualis.census.BandSettings;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A census of every EPCI of France, from the official files of {@code shared/data/territoire}
 * (the directory in system property {@value #DATA_PROPERTY}): each EPCI's member communes with
 * their population, the EPCI administration itself, and synthetic answers of about a third of
 * these collectivités to the real Infrastructure questionnaire. Seeded, so every run computes the
 * same figures.
 */
public final class NationalCensus {

    public static final String DATA_PROPERTY = "mutualis.bench.data";
    public static final String DEFAULT_DATA = "../shared/data/territoire";
    public static final long SEED = 2012L;
    public static final String MORLAIX_COMMUNAUTE = "242900835";
    public static final String GRAND_PARIS = "200054781";

    /** One EPCI and the request that computes its synthesis. */
    public record Epci(String code, String name, AnalysisRequest request) {}

    record EpciRow(String code, String nom, @Nullable List<MemberRow> membres) {}

    record MemberRow(String code, String nom, @Nullable Integer populationMunicipale) {}

    record CommuneRow(
            String code, String nom, String type, @Nullable Integer population) {}

    private final List<Epci> epcis;
    private final Map<String, Epci> byCode;

    private NationalCensus(List<Epci> epcis) {
        this.epcis = List.copyOf(epcis);
        this.byCode = new HashMap<>();
        epcis.forEach(e -> byCode.put(e.code(), e));
    }

    public static Path dataDirectory() {
        return Path.of(System.getProperty(DATA_PROPERTY, DEFAULT_DATA));
    }

    public static NationalCensus load() {
        return load(dataDirectory(), SEED);
    }

    public static NationalCensus load(Path directory, long seed) {
        Path epciFile = directory.resolve("epci.json");
        if (!Files.isRegularFile(epciFile)) {
            throw new IllegalStateException("No " + epciFile.toAbsolutePath()
                    + ": give the territoire directory with -D" + DATA_PROPERTY + "=...");
        }
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        List<EpciRow> epciRows = json.readValue(epciFile.toFile(), new TypeReference<List<EpciRow>>() {});
        List<CommuneRow> communeRows =
                json.readValue(directory.resolve("communes.json").toFile(), new TypeReference<List<CommuneRow>>() {});
        Map<String, CommuneRow> communes = new HashMap<>(communeRows.size() * 2);
        for (CommuneRow row : communeRows) {
            if ("commune-actuelle".equals(row.type())) {
                communes.put(row.code(), row);
            }
        }

        Questionnaire questionnaire = Catalogue.infrastructure();
        BandSettings bands = BandSettings.study2012();
        SyntheticAnswers answers = new SyntheticAnswers(questionnaire, new Random(seed));
        List<Epci> epcis = new ArrayList<>(epciRows.size());
        for (EpciRow row : epciRows) {
            List<MemberRow> members = row.membres() == null ? List.of() : row.membres();
            List<AnalysisUnit> units = new ArrayList<>(members.size() + 1);
            Map<String, Map<String, AnswerValue>> given = new LinkedHashMap<>();
            int epciPopulation = 0;
            for (MemberRow member : members) {
                CommuneRow commune = communes.get(member.code());
                Integer population = commune != null && commune.population() != null
                        ? commune.population()
                        : member.populationMunicipale();
                String name = commune != null ? commune.nom() : member.nom();
                units.add(new AnalysisUnit(member.code(), name, CollectivityKind.COMMUNE, population));
                int people = population == null ? 0 : population;
                epciPopulation += people;
                answers.maybe(people / 150 + 1).ifPresent(a -> given.put(member.code(), a));
            }
            units.add(new AnalysisUnit(row.code(), row.nom(), CollectivityKind.EPCI, null));
            answers.maybe(epciPopulation / 1000 + 5).ifPresent(a -> given.put(row.code(), a));
            epcis.add(new Epci(
                    row.code(), row.nom(), SynthesisRequests.of(questionnaire, units, given, bands, List.of())));
        }
        return new NationalCensus(epcis);
    }

    public List<Epci> epcis() {
        return epcis;
    }

    public Epci epci(String code) {
        Epci epci = byCode.get(code);
        if (epci == null) {
            throw new IllegalArgumentException("No EPCI " + code);
        }
        return epci;
    }

    /** Communes and EPCI administrations. */
    public int collectivities() {
        return epcis.stream().mapToInt(e -> e.request().territory().size()).sum();
    }

    public int respondents() {
        return epcis.stream().mapToInt(e -> e.request().answers().size()).sum();
    }
}
