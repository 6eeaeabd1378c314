package org.mutualis.census;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.files.AnswerFileReader;
import org.mutualis.census.files.AnswerFileWriter;
import org.mutualis.census.files.WorkbookCover;
import org.mutualis.census.persistence.PendingImportStore;
import org.mutualis.identity.CurrentUser;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.UnclosedStream;
import org.mutualis.territory.CollectivityView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers files (CSV, XLSX, ODS) in and out of a campaign. An import is all-or-nothing: the file
 * is checked whole first, then every row is written in one transaction. On the pages, an import is
 * previewed first ({@link #preview}): what would change, per collectivité, before anything is
 * written; the confirmation ({@link #confirm}) writes exactly the previewed file, kept meanwhile in
 * the database under a token given to the uploader only.
 */
@Service
public class AnswerFiles {

    /** How long an uploaded file waits for its confirmation. */
    static final Duration PENDING_FOR = Duration.ofHours(1);

    /** How many previewed files a user may have waiting at once (the oldest goes first). */
    static final int PENDING_PER_USER = 3;

    private static final SecureRandom TOKENS = new SecureRandom();

    private final Campaigns campaigns;
    private final ImportSlots slots;
    private final TransactionTemplate transactions;
    private final PendingImportStore pending;
    private final Clock clock;

    AnswerFiles(
            Campaigns campaigns,
            ImportSlots slots,
            PlatformTransactionManager transactions,
            PendingImportStore pending,
            Clock clock) {
        this.campaigns = campaigns;
        this.slots = slots;
        this.transactions = new TransactionTemplate(transactions);
        this.pending = pending;
        this.clock = clock;
    }

    /**
     * Reads the file whole, then writes every row in one transaction: all of it or nothing. At most
     * a few imports run at once ({@link ImportSlots}: reading, comparing and writing); the file is
     * read and compared outside the transaction, which only writes, in batches.
     *
     * @return the number of collectivités the file answers for (those it leaves untouched included)
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
     * overwriteValidated} says the user confirmed it. A name that is not its code's collectivité's
     * is refused too (see {@link #importFile}).
     */
    public int importAnswers(
            long campaignId, String fileName, InputStream in, boolean overwriteValidated, CurrentUser user) {
        return importFile(campaignId, fileName, in, overwriteValidated, false, user)
                .lines()
                .size();
    }

    /**
     * Imports a file at once, without a preview (the API, scripts): refused whole when it would
     * overwrite a validated response and {@code overwriteValidated} is false, or when a row's name
     * is not the collectivité's of its code and {@code confirmNames} is false.
     */
    public ImportReport importFile(
            long campaignId,
            String fileName,
            InputStream in,
            boolean overwriteValidated,
            boolean confirmNames,
            CurrentUser user) {
        byte[] content = bytes(in);
        return slots.run(
                () -> write(plan(campaignId, fileName, content, user), overwriteValidated, confirmNames, null, user));
    }

    /**
     * Reads the file whole and says what importing it would change, writing no answer; the file
     * waits under the preview's token for {@link #confirm}.
     *
     * @throws ImportRejectedException with every problem of the file
     */
    public ImportPreview preview(long campaignId, String fileName, InputStream in, CurrentUser user) {
        byte[] content = bytes(in);
        Plan plan = slots.run(() -> plan(campaignId, fileName, content, user));
        String token = token();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            pending.prune(now.minus(PENDING_FOR), user.username(), PENDING_PER_USER - 1);
            pending.insert(new PendingImportStore.Row(
                    token, campaignId, user.username(), cut(fileName), content, plan.fingerprint(), now));
        });
        return plan.preview(token);
    }

    /** The preview of a file waiting for its confirmation, computed again on today's responses. */
    public ImportPreview pending(long campaignId, String token, CurrentUser user) {
        PendingImportStore.Row row = waiting(campaignId, token, user);
        return slots.run(() -> plan(campaignId, row.fileName(), row.content(), user))
                .preview(token);
    }

    /**
     * Writes the previewed file, all of it or nothing, provided nothing changed since the preview
     * (else the analyst looks at the new preview first).
     *
     * @param overwriteValidated the analyst confirmed overwriting the validated responses listed
     * @param confirmNames the analyst confirmed the rows whose name is not their code's collectivité's
     * @throws ImportRejectedException when a confirmation is missing (the file still waits)
     * @throws ConflictException when the preview expired, or the responses changed since
     */
    public ImportReport confirm(
            long campaignId, String token, boolean overwriteValidated, boolean confirmNames, CurrentUser user) {
        PendingImportStore.Row row = waiting(campaignId, token, user);
        return slots.run(() -> {
            Plan plan = plan(campaignId, row.fileName(), row.content(), user);
            if (!plan.fingerprint().equals(row.fingerprint())) {
                throw new ConflictException("census.import.preview.changed");
            }
            return write(plan, overwriteValidated, confirmNames, token, user);
        });
    }

    private PendingImportStore.Row waiting(long campaignId, String token, CurrentUser user) {
        Campaigns.requireStaff(user);
        campaigns.get(campaignId, user);
        return pending.find(token, user.username())
                .filter(r -> r.campaignId() == campaignId)
                .filter(r -> r.createdAt().isAfter(clock.instant().minus(PENDING_FOR)))
                .orElseThrow(() -> new ConflictException("census.import.preview.expired"));
    }

    /** The file read and compared with the stored responses; nothing written. */
    private record Plan(
            long campaignId,
            String fileName,
            AnswersImport.Layout layout,
            List<ImportPreview.Entry> entries,
            List<ImportedResponse> responses,
            Map<String, CollectivityView> byCode,
            Map<Long, ResponseView> stored) {

        ImportPreview preview(String token) {
            return new ImportPreview(campaignId, fileName, token, layout, entries);
        }

        /** What the confirmation must find unchanged: every entry, its version and its changes. */
        String fingerprint() {
            StringBuilder all = new StringBuilder();
            entries.forEach(e -> all.append(e.code())
                    .append('|')
                    .append(e.kind())
                    .append('|')
                    .append(e.version())
                    .append('|')
                    .append(e.statusBefore())
                    .append('|')
                    .append(e.changes())
                    .append('\n'));
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Reads the file and compares it with the stored responses. The campaign, its questionnaire and
     * its territory are read once, the stored responses of the file's collectivités in a few
     * queries (one per thousand rows), whatever the campaign already holds. Runs in an import slot
     * ({@link ImportSlots}), taken by the caller.
     */
    private Plan plan(long campaignId, String fileName, byte[] content, CurrentUser user) {
        Campaigns.requireStaff(user);
        CampaignSummary campaign = campaigns.get(campaignId, user);
        // A closed campaign says so first, before any finding about the file or validated answers.
        Campaigns.requireOpen(campaign);
        AnswerFileFormat format;
        try {
            format = AnswerFileFormat.fromFileName(fileName);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(
                    List.of(new ImportProblem(fileName, 0, null, null, Text.of("census.import.format"))));
        }
        List<CollectivityView> visible = campaigns.visibleCollectivities(campaign, user);
        Map<String, CollectivityView> byCode =
                visible.stream().collect(Collectors.toMap(CollectivityView::code, Function.identity()));
        List<Questionnaire> themes = campaigns.themes(campaign);
        AnswersImport result = format == AnswerFileFormat.CSV
                ? AnswerFileReader.read(
                        new ByteArrayInputStream(content),
                        format,
                        CampaignQuestionnaires.merged(themes),
                        Set.copyOf(byCode.keySet()))
                : Workbooks.read(new ByteArrayInputStream(content), format, themes, Set.copyOf(byCode.keySet()));
        if (!result.isOk()) {
            throw new ImportRejectedException(result.problems());
        }
        AnswersImport.Layout layout =
                result instanceof AnswersImport.Accepted accepted ? accepted.layout() : AnswersImport.Layout.ROWS;
        ImportDiff diff = new ImportDiff(themes, visible);
        Map<Long, ResponseView> stored = campaigns.responsesOf(
                campaignId,
                result.responses().stream()
                        .map(row -> byCode.get(row.collectivityCode()))
                        .toList());
        List<ImportPreview.Entry> entries = new ArrayList<>();
        for (ImportedResponse row : result.responses()) {
            CollectivityView collectivity = byCode.get(row.collectivityCode());
            entries.add(diff.entry(
                    collectivity,
                    stored.get(collectivity.id()),
                    row,
                    result.writtenNames().get(row.collectivityCode())));
        }
        return new Plan(campaignId, fileName, layout, entries, result.responses(), byCode, stored);
    }

    private ImportReport write(
            Plan plan, boolean overwriteValidated, boolean confirmNames, @Nullable String token, CurrentUser user) {
        List<ImportProblem> refusals = new ArrayList<>();
        for (ImportPreview.Entry entry : plan.entries()) {
            if (!overwriteValidated && entry.overwritesValidated()) {
                refusals.add(new ImportProblem(
                        plan.fileName(),
                        0,
                        null,
                        null,
                        Text.of("census.import.validated", entry.name(), entry.code())));
            }
            if (!confirmNames && entry.nameMismatch()) {
                refusals.add(new ImportProblem(
                        plan.fileName(),
                        0,
                        null,
                        null,
                        Text.of("census.import.name.mismatch", entry.code(), entry.nameInFile(), entry.name())));
            }
        }
        if (!refusals.isEmpty()) {
            throw new ImportRejectedException(refusals);
        }
        Map<String, ImportedResponse> byCode = plan.responses().stream()
                .collect(Collectors.toMap(ImportedResponse::collectivityCode, Function.identity()));
        List<ImportReport.Line> lines = new ArrayList<>();
        List<Campaigns.ImportedWrite> writes = new ArrayList<>();
        for (ImportPreview.Entry entry : plan.entries()) {
            ImportReport.Outcome outcome = switch (entry.kind()) {
                case NEW -> ImportReport.Outcome.NEW;
                case UNTOUCHED -> ImportReport.Outcome.UNTOUCHED;
                case CHANGED ->
                    entry.overwritesValidated() ? ImportReport.Outcome.OVERWRITTEN : ImportReport.Outcome.CHANGED;
            };
            if (outcome != ImportReport.Outcome.UNTOUCHED) {
                ImportedResponse row = byCode.get(entry.code());
                // the version the preview saw: a response changed meanwhile is a conflict, and
                // the whole import is rolled back
                writes.add(new Campaigns.ImportedWrite(
                        plan.byCode().get(entry.code()),
                        row.answers(),
                        row.comment(),
                        entry.version(),
                        plan.stored().get(entry.collectivityId()).answers()));
            }
            lines.add(new ImportReport.Line(
                    entry.collectivityId(),
                    entry.code(),
                    entry.name(),
                    outcome,
                    entry.answers(),
                    entry.changes().size()));
        }
        transactions.executeWithoutResult(status -> {
            campaigns.writeAll(plan.campaignId(), writes, user.username(), ResponseStatus.VALIDATED);
            if (token != null) {
                pending.delete(token);
            }
        });
        return new ImportReport(plan.fileName(), lines);
    }

    /** The upload, read at most one byte past the limit (so that the readers refuse it with its size). */
    private static byte[] bytes(InputStream in) {
        try {
            long max = AnswerFileLimits.defaults().maxBytes();
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String cut(String fileName) {
        return fileName.length() <= 255 ? fileName : fileName.substring(fileName.length() - 255);
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

    /** Responses whose answers an export holds in memory at once (a page of the database). */
    static final int EXPORT_PAGE = 1_000;

    /**
     * The responses the user may read; a correspondent gets only their own row. Streamed: the
     * answers are read from the database a page at a time as the file is written, and the file
     * goes to the stream as it is made (CSV, ODS) or through gzipped temporary files (XLSX).
     */
    public Download export(long campaignId, AnswerFileFormat format, CurrentUser user) {
        AnswerRows rows = campaigns.answerRows(campaignId, user, EXPORT_PAGE);
        return new Download(
                "reponses-" + campaignId, format, out -> write(campaignId, format, out, rows.rows(), rows.names()));
    }

    /**
     * A collectivité's workbook to fill in by hand: a cover sheet, then a sheet per theme with a
     * question per row (CSV has one sheet: the row layout).
     */
    public Download exportFor(long campaignId, long collectivityId, AnswerFileFormat format, CurrentUser user) {
        return exportFor(
                campaignId,
                collectivityId,
                format,
                format == AnswerFileFormat.CSV ? AnswersImport.Layout.ROWS : AnswersImport.Layout.VERTICAL,
                user);
    }

    /**
     * A collectivité's workbook, pre-filled with what is known (its answers, or nothing yet), with
     * the question labels and the allowed values: {@code VERTICAL} as a person fills it, {@code
     * ROWS} in the machine layout (one row, a column per question), which a CSV always has.
     */
    public Download exportFor(
            long campaignId,
            long collectivityId,
            AnswerFileFormat format,
            AnswersImport.Layout layout,
            CurrentUser user) {
        ResponseView response = campaigns.response(campaignId, collectivityId, user);
        CampaignSummary campaign = campaigns.get(campaignId, user);
        ImportedResponse row =
                new ImportedResponse(response.collectivity().code(), response.answers(), response.comment());
        if (layout == AnswersImport.Layout.VERTICAL && format != AnswerFileFormat.CSV) {
            return new Download(
                    "questionnaire-" + campaignId + "-" + fileSafe(response.collectivity()),
                    format,
                    out -> Workbooks.writeForPerson(
                            out, format, campaigns.themes(campaignId), row, cover(campaign, response.collectivity())));
        }
        Map<String, String> names =
                Map.of(response.collectivity().code(), response.collectivity().name());
        return new Download(
                "questionnaire-" + campaignId + "-" + collectivityId,
                format,
                out -> write(campaignId, format, out, List.of(row), names));
    }

    /** A ZIP of files, ready to stream. */
    public record Archive(String fileName, Consumer<OutputStream> body) {}

    /**
     * Every collectivité's workbook to fill in by hand, one file each named with its code and
     * name, in one ZIP written as it goes (staff only).
     *
     * @throws RejectedException for CSV: a person's workbook is ODS or XLSX
     */
    public Archive workbooks(long campaignId, AnswerFileFormat format, CurrentUser user) {
        Campaigns.requireStaff(user);
        CampaignSummary campaign = campaigns.get(campaignId, user);
        if (format == AnswerFileFormat.CSV) {
            throw new RejectedException("census.file.workbooks.format");
        }
        List<Questionnaire> themes = campaigns.themes(campaignId);
        List<ResponseView> responses = campaigns.responses(campaignId, user);
        return new Archive("questionnaires-" + campaignId + "-" + format.extension() + ".zip", out -> {
            try {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                Set<String> names = new java.util.HashSet<>();
                for (ResponseView response : responses) {
                    String name = fileSafe(response.collectivity()) + "." + format.extension();
                    if (!names.add(name)) {
                        name = response.collectivity().id() + "-" + name;
                    }
                    zip.putNextEntry(new ZipEntry(name));
                    ImportedResponse row = new ImportedResponse(
                            response.collectivity().code(), response.answers(), response.comment());
                    Workbooks.writeForPerson(
                            new UnclosedStream(zip), format, themes, row, cover(campaign, response.collectivity()));
                    zip.closeEntry();
                }
                zip.finish();
                zip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static WorkbookCover cover(CampaignSummary campaign, CollectivityView collectivity) {
        return new WorkbookCover(
                collectivity.code(),
                collectivity.name(),
                campaign.name(),
                campaign.territoryName(),
                campaign.closesOn());
    }

    /** « 29182-Plouegat-Guerand »: the code and the name, in letters every system's file names take. */
    static String fileSafe(CollectivityView collectivity) {
        String ascii = java.text.Normalizer.normalize(collectivity.name(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60);
        }
        return collectivity.code() + (ascii.isEmpty() ? "" : "-" + ascii);
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
