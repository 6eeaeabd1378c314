package org.mutualis.procurement.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dated procedure thresholds. Loaded from {@value #RESOURCE} (columns {@code kind;amount_ht;
 * from;to;legal_source}, semicolon-separated because legal sources contain commas, the source taking
 * the rest of the line); periods of
 * one kind may not overlap, so a date never has two thresholds.
 */
public final class Thresholds {

    /** Classpath location of the default thresholds. */
    public static final String RESOURCE = "procurement/thresholds.csv";

    private final List<Threshold> all;

    public Thresholds(List<Threshold> thresholds) {
        List<Threshold> sorted = new ArrayList<>(thresholds);
        sorted.sort(Comparator.comparing(Threshold::kind).thenComparing(Threshold::from));
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (sorted.get(i).overlaps(sorted.get(j))) {
                    throw new IllegalArgumentException(
                            "overlapping thresholds: " + sorted.get(i) + " and " + sorted.get(j));
                }
            }
        }
        this.all = List.copyOf(sorted);
    }

    /** The thresholds shipped in {@value #RESOURCE}. */
    public static Thresholds fromClasspath() {
        try (InputStream in = Thresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the CSV format described above; the first line is a header, {@code #} lines are comments. */
    public static Thresholds parse(Reader csv) {
        List<Threshold> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line = reader.readLine();
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", 5);
                if (cells.length != 5) {
                    throw new IllegalArgumentException("thresholds line " + number + ": 5 columns expected");
                }
                rows.add(new Threshold(
                        ThresholdKind.valueOf(cells[0].strip()),
                        new BigDecimal(cells[1].strip()),
                        LocalDate.parse(cells[2].strip()),
                        cells[3].isBlank() ? null : LocalDate.parse(cells[3].strip()),
                        cells[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Thresholds(rows);
    }

    /** The threshold of {@code kind} in force on {@code date}, if any is known. */
    public Optional<Threshold> applicable(ThresholdKind kind, LocalDate date) {
        return all.stream().filter(t -> t.kind() == kind && t.appliesOn(date)).findFirst();
    }

    /** Every threshold, by kind then date. */
    public List<Threshold> all() {
        return all;
    }
}
