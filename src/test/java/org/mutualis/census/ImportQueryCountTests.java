package org.mutualis.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StatementCounter;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/**
 * An answers file is imported in a number of statements that depends on the file, not on what the
 * campaign already holds: 1,000 rows cost the same statements in an empty campaign and in one that
 * already has 2,000 responses, and few of them (the campaign, its questionnaire and territory read
 * once; the stored responses read, and the new ones written, in batches). Before, every row re-read
 * the campaign with its response count, and wrote its response and each answer one statement at a
 * time: an import grew with the square of the campaign's size.
 *
 * <p>Statements are counted by {@link StatementCounter} (those the test's thread prepares; a JDBC batch
 * is prepared once).
 */
@MutualisDbTest
@Import(StatementCounter.Wrapping.class)
class ImportQueryCountTests {

    /** Rows of the counted files. */
    static final int ROWS = 1000;

    /** Responses already in the campaign that is not empty. */
    static final int ALREADY = 2000;

    /** Statements an import of {@link #ROWS} rows may take: a few per thousand, none per row. */
    static final int AT_MOST = 40;

    private static final AtomicInteger YEAR = new AtomicInteger(2100);

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    TerritorySummary territory;
    List<String> codes;

    @BeforeEach
    void aTerritoryOf3000Communes() {
        int year = YEAR.incrementAndGet();
        codes = IntStream.range(0, ROWS + ALREADY)
                .mapToObj(i -> String.format("%05d", 1000 + i))
                .toList();
        territory = territories.create(
                "200067825",
                "Territoire de comptage " + year,
                "CC",
                year,
                "tests",
                codes.stream()
                        .map(code -> new NewCollectivity(
                                code, null, "Commune " + code, CollectivityKind.COMMUNE, 100, year, null))
                        .toList());
    }

    @Test
    void importingAThousandRowsTakesTheSameFewStatementsWhateverTheCampaignAlreadyHolds() throws Exception {
        long empty = campaign("vide");
        long full = campaign("pleine");
        // the 2,000 responses already there (this also warms every cache before anything is counted)
        files.importFile(full, "deja.csv", csv(codes.subList(ROWS, ROWS + ALREADY), 1), false, false, STAFF);
        assertThat(campaigns.get(full).responses()).isEqualTo(ALREADY);

        List<String> file = codes.subList(0, ROWS);
        int intoEmpty =
                StatementCounter.count(() -> files.importFile(empty, "a.csv", csv(file, 1), false, false, STAFF));
        int intoFull = StatementCounter.count(() -> files.importFile(full, "a.csv", csv(file, 1), false, false, STAFF));
        // the same rows again with another answer: every response is updated, its answers replaced
        int changeEmpty =
                StatementCounter.count(() -> files.importFile(empty, "b.csv", csv(file, 2), true, false, STAFF));
        int changeFull =
                StatementCounter.count(() -> files.importFile(full, "b.csv", csv(file, 2), true, false, STAFF));

        assertThat(intoFull)
                .as("new responses: statements into a campaign of 2,000")
                .isEqualTo(intoEmpty);
        assertThat(changeFull)
                .as("changed responses: statements into a campaign of 2,000")
                .isEqualTo(changeEmpty);
        assertThat(intoEmpty).as("statements for 1,000 new rows").isLessThanOrEqualTo(AT_MOST);
        assertThat(changeEmpty).as("statements for 1,000 changed rows").isLessThanOrEqualTo(AT_MOST);

        // and everything was written: responses, answers, their history
        assertThat(campaigns.get(empty).responses()).isEqualTo(ROWS);
        assertThat(campaigns.get(full).responses()).isEqualTo(ROWS + ALREADY);
        ResponseView one = campaigns.response(full, collectivity(codes.get(7)), STAFF);
        assertThat(one.version()).isEqualTo(2);
        assertThat(one.status()).isEqualTo(ResponseStatus.VALIDATED);
        assertThat(one.answers().get("desktops_excl_schools")).isEqualTo(AnswerValue.of(2));
        assertThat(one.answers()).hasSize(template().answers());
        assertThat(campaigns.history(full, collectivity(codes.get(7)), STAFF))
                .filteredOn(c -> c.questionCode().equals("desktops_excl_schools"))
                .extracting(AnswerChange::before, AnswerChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "2"), org.assertj.core.groups.Tuple.tuple(null, "1"));
        ResponseView untouched = campaigns.response(full, collectivity(codes.get(ROWS + 3)), STAFF);
        assertThat(untouched.version()).isEqualTo(1);
    }

    /**
     * Over a thousand rows, the stored responses are read as the campaign's and kept for the
     * file's collectivités only: those the file leaves out are neither compared nor written.
     */
    @Test
    void aFileOfMoreThanAThousandRowsIsComparedWithItsOwnCollectivitiesResponsesOnly() {
        long campaign = campaign("mêlée");
        files.importFile(campaign, "a.csv", csv(codes.subList(0, 1500), 1), false, false, STAFF);

        // 500 already stored as they are, 1,500 new; the first 1,000 stored are not in the file
        ImportReport again =
                files.importFile(campaign, "b.csv", csv(codes.subList(1000, 3000), 1), false, false, STAFF);
        assertThat(again.lines())
                .extracting(ImportReport.Line::outcome)
                .containsOnly(ImportReport.Outcome.UNTOUCHED, ImportReport.Outcome.NEW);
        assertThat(again.lines().stream().filter(l -> l.outcome() == ImportReport.Outcome.NEW))
                .hasSize(1500);
        assertThat(again.written()).isEqualTo(1500);

        // 2,000 changed over validated responses; the 500 left out keep their first version
        ImportReport changed =
                files.importFile(campaign, "c.csv", csv(codes.subList(500, 2500), 2), true, false, STAFF);
        assertThat(changed.lines())
                .extracting(ImportReport.Line::outcome)
                .containsOnly(ImportReport.Outcome.OVERWRITTEN);
        assertThat(changed.lines()).hasSize(2000).allMatch(l -> l.changes() == 1);
        assertThat(campaigns.get(campaign).responses()).isEqualTo(3000);
        ResponseView leftOut = campaigns.response(campaign, collectivity(codes.get(10)), STAFF);
        assertThat(leftOut.version()).isEqualTo(1);
        assertThat(leftOut.answers().get("desktops_excl_schools")).isEqualTo(AnswerValue.of(1));
        ResponseView rewritten = campaigns.response(campaign, collectivity(codes.get(2400)), STAFF);
        assertThat(rewritten.version()).isEqualTo(2);
        assertThat(rewritten.answers().get("desktops_excl_schools")).isEqualTo(AnswerValue.of(2));
        assertThat(rewritten.answers()).hasSize(template().answers());
        assertThat(campaigns.history(campaign, collectivity(codes.get(2400)), STAFF))
                .filteredOn(c -> c.questionCode().equals("desktops_excl_schools"))
                .extracting(AnswerChange::before, AnswerChange::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "2"), org.assertj.core.groups.Tuple.tuple(null, "1"));
    }

    static final org.mutualis.identity.CurrentUser STAFF = CensusFixture.STAFF;

    private long campaign(String name) {
        return campaigns
                .open(
                        NewCampaign.of(
                                territory.id(),
                                "infrastructure",
                                1,
                                "Comptage " + name + " " + territory.referenceYear(),
                                LocalDate.of(2012, 3, 1),
                                BandSettings.study2012()),
                        STAFF)
                .id();
    }

    private long collectivity(String code) {
        return territories.collectivities(territory.id()).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The study's header and Locquirec's answers, for each code; the desktops answer is {@code desktops}. */
    private static ByteArrayInputStream csv(List<String> codes, int desktops) {
        Template t = template();
        StringBuilder csv = new StringBuilder(t.header()).append('\n');
        for (String code : codes) {
            csv.append(code)
                    .append(",Commune ")
                    .append(code)
                    .append(',')
                    .append(desktops)
                    .append(t.rest())
                    .append('\n');
        }
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The demo file's header, and a row's answers after its first (desktops) one. */
    private record Template(String header, String rest, int answers) {}

    private static Template template() {
        try (var in = new ClassPathResource("census/demo/infrastructure-2012.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            String locquirec = lines.stream()
                    .filter(l -> l.startsWith("29133,"))
                    .findFirst()
                    .orElseThrow();
            String[] cells = locquirec.split(",", -1);
            // code, name, desktops, then the rest (this row has no quoted comma)
            String rest = locquirec.substring(cells[0].length() + cells[1].length() + cells[2].length() + 2);
            int answers = (int) java.util.Arrays.stream(cells, 2, cells.length - 1)
                    .filter(c -> !c.isBlank())
                    .count();
            return new Template(lines.get(0), rest, answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
