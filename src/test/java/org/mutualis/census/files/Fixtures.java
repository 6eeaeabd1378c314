package org.mutualis.census.files;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.SAINT_MARTIN_DES_CHAMPS;
import static org.mutualis.StudyCodes.TAULE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutualis.census.AnswerFileFormat;
import org.mutualis.census.AnswersImport;
import org.mutualis.census.ImportedResponse;
import org.mutualis.questionnaire.Catalogue;
import org.mutualis.questionnaire.Questionnaire;

/** The 2012 respondents and small helpers to read and write answers in memory. */
public final class Fixtures {

    static final Questionnaire Q = Catalogue.infrastructure();

    static final Set<String> CODES_2012 =
            Set.of(BOTSORHEL, LOCQUIREC, GUERLESQUIN, TAULE, PLOUGONVEN, SAINT_MARTIN_DES_CHAMPS, EPCI_SIREN, MORLAIX);

    static final Map<String, String> NAMES_2012 = Map.of(BOTSORHEL, "Botsorhel", MORLAIX, "Morlaix");

    private Fixtures() {}

    static InputStream resource(String path) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }

    public static AnswersImport import2012() {
        return AnswerFileReader.read(resource("census/infrastructure-2012.csv"), AnswerFileFormat.CSV, Q, CODES_2012);
    }

    static AnswersImport readCsv(String text, Set<String> codes) {
        return AnswerFileReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), AnswerFileFormat.CSV, Q, codes);
    }

    public static byte[] write(AnswerFileFormat format, List<ImportedResponse> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnswerFileWriter.write(out, format, Q, rows, NAMES_2012);
        return out.toByteArray();
    }

    static AnswersImport read(AnswerFileFormat format, byte[] bytes, Set<String> codes) {
        return AnswerFileReader.read(new ByteArrayInputStream(bytes), format, Q, codes);
    }
}
