package org.mutualis.inventory.domain.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mutualis.inventory.domain.InventoryReport;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/**
 * The files an EPCI that already has a tool imports: GLPI Agent JSON ({@code .json}), OCS /
 * FusionInventory XML ({@code .xml}, {@code .ocs}), a GLPI computers export ({@code .csv}), or a
 * ZIP of them; each read whole or refused whole.
 *
 * <p>A ZIP is read as a stream, its entries counted and their inflated bytes summed as they come:
 * past {@link FileLimits#maxEntries()} or {@link FileLimits#maxInflatedBytes()} the reading stops
 * there (a ZIP bomb costs no more than the limit). Folders, and the {@code __MACOSX/} companions a
 * Mac adds, are skipped; a ZIP inside the ZIP is refused. An entry's name is only a name, never a
 * path anything is written to. Problems are named by entry, {@code “inventaire.xml line 3 column
 * 15”}, or by line of a CSV, {@code “glpi.csv line 12”}.
 */
public final class InventoryFiles {

    private InventoryFiles() {}

    /**
     * The inventories of one file, in the file's order.
     *
     * @throws org.mutualis.shared.error.RejectedException with every problem found (the entry, the
     *     line, the column), when any part of the file cannot be read: nothing of it is taken
     */
    public static List<InventoryReport> read(String fileName, byte[] content, FileLimits limits) {
        String name = displayName(fileName);
        List<Problem> problems = new ArrayList<>();
        List<InventoryReport> reports = new ArrayList<>();
        if (kind(name) == Kind.ZIP) {
            readZip(name, content, limits, reports, problems);
        } else if (content.length > limits.maxInflatedBytes()) {
            problems.add(Problem.of(name, "inventory.file.tooLarge", limits.maxInflatedBytes()));
        } else {
            readOne(name, content, limits, reports, problems);
        }
        if (problems.isEmpty() && reports.size() > limits.maxInventories()) {
            problems.add(Problem.of(name, "inventory.file.tooManyInventories", limits.maxInventories()));
        }
        if (problems.isEmpty() && reports.isEmpty()) {
            problems.add(Problem.of(name, "inventory.file.empty"));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, "inventory.file.refused", name, problems.size());
        }
        return List.copyOf(reports);
    }

    private enum Kind {
        JSON,
        XML,
        CSV,
        ZIP,
        OTHER
    }

    private static Kind kind(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Kind.JSON;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".ocs")) {
            return Kind.XML;
        }
        if (lower.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (lower.endsWith(".zip")) {
            return Kind.ZIP;
        }
        return Kind.OTHER;
    }

    private static void readOne(
            String name, byte[] content, FileLimits limits, List<InventoryReport> reports, List<Problem> problems) {
        Kind kind = kind(name);
        switch (kind) {
            case CSV:
                reports.addAll(GlpiCsv.read(name, content, limits.maxInventories(), problems));
                return;
            case JSON:
            case XML:
                try {
                    int start = BodyText.start(content);
                    char expected = kind == Kind.JSON ? '{' : '<';
                    if (start >= content.length || content[start] != expected) {
                        problems.add(Problem.of(
                                name, kind == Kind.JSON ? "inventory.file.notJson" : "inventory.file.notXml"));
                        return;
                    }
                    AgentMessage message = AgentMessages.read(content);
                    if (message instanceof AgentMessage.Inventory) {
                        reports.add(((AgentMessage.Inventory) message).report());
                    } else {
                        problems.add(Problem.of(name, "inventory.file.notInventory"));
                    }
                } catch (FormatRejection e) {
                    String where = e.where();
                    problems.add(Problem.of(where == null ? name : name + " " + where, e.code(), e.args()));
                } catch (RejectedException e) {
                    problems.add(Problem.of(name, e.code(), e.args()));
                }
                return;
            default:
                problems.add(Problem.of(name, "inventory.file.unknownKind"));
        }
    }

    private static void readZip(
            String zipName, byte[] content, FileLimits limits, List<InventoryReport> reports, List<Problem> problems) {
        int entries = 0;
        long inflated = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = displayName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                Kind kind = kind(entryName);
                boolean skipped = skipped(entry.getName());
                if (!skipped && ++entries > limits.maxEntries()) {
                    problems.add(Problem.of(zipName, "inventory.zip.tooManyEntries", limits.maxEntries()));
                    return;
                }
                // Every entry is inflated through the counter, even one only skipped: closing it would inflate it too.
                byte[] bytes;
                try {
                    bytes = BoundedBytes.readAll(zip, limits.maxInflatedBytes() - inflated);
                } catch (RejectedException e) {
                    problems.add(Problem.of(zipName, "inventory.file.tooLarge", limits.maxInflatedBytes()));
                    return;
                }
                if (skipped) {
                    inflated += bytes.length;
                    continue;
                }
                if (kind == Kind.ZIP) {
                    problems.add(Problem.of(entryName, "inventory.zip.nested"));
                    inflated += bytes.length;
                    continue;
                }
                if (kind == Kind.OTHER) {
                    problems.add(Problem.of(entryName, "inventory.file.unknownKind"));
                    inflated += bytes.length;
                    continue;
                }
                inflated += bytes.length;
                readOne(entryName, bytes, limits, reports, problems);
                if (reports.size() > limits.maxInventories()) {
                    problems.add(Problem.of(zipName, "inventory.file.tooManyInventories", limits.maxInventories()));
                    return;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.of(zipName, "inventory.zip.corrupt"));
            return;
        }
        if (entries == 0 && problems.isEmpty()) {
            problems.add(Problem.of(zipName, "inventory.zip.empty"));
        }
    }

    /** The folders and files a Mac or Windows adds to a ZIP, which are no one's inventory. */
    private static boolean skipped(String path) {
        String lower = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('/') + 1);
        return lower.startsWith("__macosx/")
                || last.startsWith("._")
                || last.equals(".ds_store")
                || last.equals("thumbs.db");
    }

    /** A name to show: cleaned, bounded, never blank. */
    private static String displayName(String raw) {
        String name = Values.clean(raw, 200);
        return name == null ? "?" : name;
    }
}
