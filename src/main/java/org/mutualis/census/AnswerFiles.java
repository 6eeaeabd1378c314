package org.mutualis.census;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.census.files.AnswerFileWriter;
import org.mutualis.identity.CurrentUser;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers files (CSV, XLSX, ODS) in and out of a campaign. An import is all-or-nothing: the file
 * is checked whole first, then every row is written in one transaction.
 */
@Service
public class AnswerFiles {

    private final Campaigns campaigns;
    private final ImportSlots slots;
    private final TransactionTemplate transactions;

    AnswerFiles(Campaigns campaigns, ImportSlots slots, PlatformTransactionManager transactions) {
        this.campaigns = campaigns;
        this.slots = slots;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Reads the file whole, then writes every row in one transaction: all of it or nothing. At most
     * a few imports run at once ({@link ImportSlots}); the file is read outside the transaction.
     *
     * @throws ImportRejectedException with every problem; nothing was saved
     * @throws org.mutualis.shared.error.BusyException when too many imports are running; nothing was
     *     read nor saved
     */
    public int importAnswers(long campaignId, String fileName, InputStream in, CurrentUser user) {
        return importAnswers(campaignId, fileName, in, false, user);
    }

    /**
     * As {@link #importAnswers(long, String, InputStream, CurrentUser)}; a file that would overwrite
     * validated responses is refused whole, each such collectivité listed, unless {@code
     * overwriteValidated} says the user confirmed it.
     */
    public int importAnswers(
            long campaignId, String fileName, InputStream in, boolean overwriteValidated, CurrentUser user) {
        Campaigns.requireStaff(user);
        // A closed campaign says so first, before any finding about the file or validated answers.
        Campaigns.requireOpen(campaigns.get(campaignId, user));
        AnswerFileFormat format;
        try {
            format = AnswerFileFormat.fromFileName(fileName);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(
                    fileName, 0, null, null, org.mutualis.shared.text.Text.of("census.import.format"))));
        }
        Map<String, CollectivityView> byCode = campaigns.visibleCollectivities(campaignId, user).stream()
                .collect(Collectors.toMap(CollectivityView::code, Function.identity()));
        return slots.run(() -> {
            // A CSV holds one sheet: every theme's columns side by side (codes are unique across
            // themes). A workbook holds a sheet per theme.
            AnswersImport result = format == AnswerFileFormat.CSV
                    ? AnswerFileReader.read(
                            in, format, campaigns.questionnaire(campaignId), Set.copyOf(byCode.keySet()))
                    : Workbooks.read(in, format, campaigns.themes(campaignId), Set.copyOf(byCode.keySet()));
            if (!result.isOk()) {
                throw new ImportRejectedException(result.problems());
            }
            Integer written = transactions.execute(status -> {
                if (!overwriteValidated) {
                    refuseOverwritingValidated(campaignId, fileName, result.responses(), byCode, user);
                }
                return write(campaignId, result.responses(), byCode, user);
            });
            return written == null ? 0 : written;
        });
    }

    /** Lists every collectivité whose validated response the file would overwrite, and refuses it. */
    private void refuseOverwritingValidated(
            long campaignId,
            String fileName,
            List<ImportedResponse> responses,
            Map<String, CollectivityView> byCode,
            CurrentUser user) {
        List<ImportProblem> problems = responses.stream()
                .map(row -> byCode.get(row.collectivityCode()))
                .filter(c -> campaigns.response(campaignId, c.id(), user).status() == ResponseStatus.VALIDATED)
                .map(c -> new ImportProblem(
                        fileName,
                        0,
                        null,
                        null,
                        org.mutualis.shared.text.Text.of("census.import.validated", c.name(), c.code())))
                .toList();
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
    }

    private int write(
            long campaignId, List<ImportedResponse> responses, Map<String, CollectivityView> byCode, CurrentUser user) {
        for (ImportedResponse row : responses) {
            CollectivityView collectivity = byCode.get(row.collectivityCode());
            long version =
                    campaigns.response(campaignId, collectivity.id(), user).version();
            campaigns.write(
                    campaignId,
                    collectivity,
                    row.answers(),
                    row.comment(),
                    version,
                    user.username(),
                    ResponseStatus.VALIDATED);
        }
        return responses.size();
    }

    /**
     * A file checked and ready to go: access and existence were verified when it was prepared, so
     * a refusal comes before any byte of the download is written.
     */
    public record Download(String name, AnswerFileFormat format, Consumer<OutputStream> body) {

        /** The file name with its extension. */
        public String fileName() {
            return name + "." + format.extension();
        }
    }

    /** The responses the user may read; a correspondent gets only their own row. */
    public Download export(long campaignId, AnswerFileFormat format, CurrentUser user) {
        List<ResponseView> responses = campaigns.responses(campaignId, user).stream()
                .filter(ResponseView::given)
                .toList();
        List<ImportedResponse> rows = responses.stream()
                .map(r -> new ImportedResponse(r.collectivity().code(), r.answers(), r.comment()))
                .toList();
        Map<String, String> names = responses.stream()
                .collect(Collectors.toMap(
                        r -> r.collectivity().code(), r -> r.collectivity().name()));
        return new Download("reponses-" + campaignId, format, out -> write(campaignId, format, out, rows, names));
    }

    /**
     * A collectivité's workbook, one sheet per theme, pre-filled with what is known (its answers,
     * or an empty row to fill in), with the question labels and the allowed values.
     */
    public Download exportFor(long campaignId, long collectivityId, AnswerFileFormat format, CurrentUser user) {
        ResponseView response = campaigns.response(campaignId, collectivityId, user);
        ImportedResponse row =
                new ImportedResponse(response.collectivity().code(), response.answers(), response.comment());
        Map<String, String> names =
                Map.of(response.collectivity().code(), response.collectivity().name());
        return new Download(
                "questionnaire-" + campaignId + "-" + collectivityId,
                format,
                out -> write(campaignId, format, out, List.of(row), names));
    }

    private void write(
            long campaignId,
            AnswerFileFormat format,
            OutputStream out,
            List<ImportedResponse> rows,
            Map<String, String> names) {
        if (format == AnswerFileFormat.CSV) {
            AnswerFileWriter.write(out, format, campaigns.questionnaire(campaignId), rows, names);
        } else {
            Workbooks.write(out, format, campaigns.themes(campaignId), rows, names);
        }
    }
}
