package org.mutualis.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignInventory;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.InventoryTaking;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.CurrentUser;
import org.mutualis.inventory.Devices;
import org.mutualis.inventory.InventoryImports;
import org.mutualis.spreadsheet.CsvGridReader;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.spreadsheet.SpreadsheetException;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An illustrative inventory (invented, and labelled so): the computers of three small communes of
 * the demo as their agents would report them in 2026 — Botsorhel, Locquirec and Guerlesquin —, with
 * machines past end of support (Windows 10, Office 2016 and 2019), a thin client and a server.
 * Imported through the inventory's own import, as a ZIP of GLPI Agent JSON files, once per
 * territory (a collectivité that already has devices is left as it stands).
 */
@org.springframework.stereotype.Component
class InventoryDemo {

    static final String FILE = "inventaire-demo-fictif.zip";

    private static final Logger LOG = LoggerFactory.getLogger(InventoryDemo.class);

    /** One invented computer. */
    record Machine(
            String name,
            String serial,
            String manufacturer,
            String model,
            String chassis,
            String biosDate,
            String osName,
            String osFullName,
            String osVersion,
            String build,
            List<String> software) {}

    private static final String WIN10 = "Microsoft Windows 10 Professionnel";
    private static final String WIN11 = "Microsoft Windows 11 Professionnel";

    static final List<Machine> BOTSORHEL = List.of(
            new Machine(
                    "BOTS-SECR-01",
                    "DEMO-BOTS-0001",
                    "Dell Inc.",
                    "OptiPlex 7050",
                    "Desktop",
                    "2017-06-12",
                    "Windows",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    List.of(
                            "Microsoft Office Standard 2016|16.0.4266.1001",
                            "Mozilla Firefox|128.0",
                            "Adobe Acrobat Reader|24.001")),
            new Machine(
                    "BOTS-MAIRE-01",
                    "DEMO-BOTS-0002",
                    "LENOVO",
                    "ThinkPad E14 Gen 5",
                    "Notebook",
                    "2023-09-20",
                    "Windows",
                    WIN11,
                    "23H2",
                    "10.0.22631",
                    List.of(
                            "Microsoft Office Famille et Petite Entreprise 2021|16.0.17928.20156",
                            "Mozilla Firefox|128.0")));

    static final List<Machine> LOCQUIREC = List.of(
            desktop(
                    "LOCQ-ACCUEIL-01",
                    "DEMO-LOCQ-0001",
                    "2016-03-02",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Standard 2016|16.0.4266.1001"),
            desktop(
                    "LOCQ-COMPTA-01",
                    "DEMO-LOCQ-0002",
                    "2019-01-15",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Professionnel Plus 2019|16.0.10417.20030"),
            desktop(
                    "LOCQ-URBA-01",
                    "DEMO-LOCQ-0003",
                    "2019-01-15",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Professionnel Plus 2019|16.0.10417.20030"),
            desktop(
                    "LOCQ-ETATCIVIL-01",
                    "DEMO-LOCQ-0004",
                    "2021-05-10",
                    WIN11,
                    "23H2",
                    "10.0.22631",
                    "Microsoft Office LTSC Professionnel Plus 2021|16.0.14332.20763"),
            desktop("LOCQ-RH-01", "DEMO-LOCQ-0005", "2022-11-08", WIN11, "24H2", "10.0.26100", "LibreOffice|24.2.7.2"),
            desktop(
                    "LOCQ-TECH-01",
                    "DEMO-LOCQ-0006",
                    "2024-02-21",
                    WIN11,
                    "24H2",
                    "10.0.26100",
                    "LibreOffice|24.8.4.2"),
            new Machine(
                    "LOCQ-ARCHIVES-01",
                    "DEMO-LOCQ-0007",
                    "HP",
                    "Compaq 8200 Elite SFF PC",
                    "Desktop",
                    "2012-04-03",
                    "Windows",
                    "Microsoft Windows 7 Professionnel",
                    null,
                    "6.1.7601",
                    List.of("Microsoft Office Famille et Petite Entreprise 2010|14.0.7015.1000")),
            new Machine(
                    "LOCQ-DGS-01",
                    "DEMO-LOCQ-0008",
                    "Dell Inc.",
                    "Latitude 5420",
                    "Laptop",
                    "2021-08-30",
                    "Windows",
                    WIN11,
                    "23H2",
                    "10.0.22631",
                    List.of("Microsoft 365 Apps for business - fr-fr|16.0.18129.20158")));

    static final List<Machine> GUERLESQUIN = List.of(
            desktop(
                    "GUER-ACCUEIL-01",
                    "DEMO-GUER-0001",
                    "2018-09-04",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Standard 2019|16.0.10417.20030"),
            desktop(
                    "GUER-ACCUEIL-02",
                    "DEMO-GUER-0002",
                    "2018-09-04",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Standard 2019|16.0.10417.20030"),
            desktop(
                    "GUER-COMPTA-01",
                    "DEMO-GUER-0003",
                    "2020-10-12",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    "Microsoft Office Standard 2019|16.0.10417.20030"),
            desktop(
                    "GUER-SECR-01",
                    "DEMO-GUER-0004",
                    "2024-06-18",
                    WIN11,
                    "24H2",
                    "10.0.26100",
                    "Microsoft Office LTSC Standard 2024|16.0.17932.20162"),
            new Machine(
                    "GUER-MAIRE-01",
                    "DEMO-GUER-0005",
                    "LENOVO",
                    "ThinkPad L14 Gen 2",
                    "Notebook",
                    "2021-03-22",
                    "Windows",
                    WIN10,
                    "22H2",
                    "10.0.19045",
                    List.of("Microsoft Office Famille et Petite Entreprise 2021|16.0.17928.20156")),
            new Machine(
                    "GUER-ELUS-01",
                    "DEMO-GUER-0006",
                    "LENOVO",
                    "ThinkPad E16 Gen 1",
                    "Notebook",
                    "2024-01-10",
                    "Windows",
                    WIN11,
                    "24H2",
                    "10.0.26100",
                    List.of("LibreOffice|24.8.4.2")),
            new Machine(
                    "GUER-POSTE-BIBLI",
                    "DEMO-GUER-0007",
                    "HP",
                    "t640 Thin Client",
                    "Mini PC",
                    "2020-02-14",
                    "Windows",
                    "Microsoft Windows 10 IoT Entreprise",
                    "21H2",
                    "10.0.19044",
                    List.of()),
            new Machine(
                    "GUER-SRV-01",
                    "DEMO-GUER-0008",
                    "Dell Inc.",
                    "PowerEdge T130",
                    "Main Server Chassis",
                    "2016-11-07",
                    "Windows",
                    "Microsoft Windows Server 2016 Standard",
                    "1607",
                    "10.0.14393",
                    List.of()));

    private static Machine desktop(
            String name, String serial, String biosDate, String os, String version, String build, String office) {
        return new Machine(
                name,
                serial,
                "Dell Inc.",
                "OptiPlex 3000",
                "Desktop",
                biosDate,
                "Windows",
                os,
                version,
                build,
                List.of(office, "Mozilla Firefox|128.0", "7-Zip|24.08"));
    }

    private final Territories territories;
    private final InventoryImports imports;
    private final Devices devices;

    /** The 2026 answers of the communes whose counts come from the inventory, the counts left blank. */
    static final String INVENTORIED_ANSWERS = "census/demo/recensement-2026-illustratif-inventorie.csv";

    /** Locquirec's correspondent corrects one count, and says why. */
    static final String CORRECTED = "screens";

    static final String CORRECTION_REASON =
            "Deux écrans de la salle du conseil, branchés sur un portable personnel sans agent (démo)";

    private final Campaigns campaigns;
    private final CampaignInventory census;

    InventoryDemo(
            Territories territories,
            InventoryImports imports,
            Devices devices,
            Campaigns campaigns,
            CampaignInventory census) {
        this.territories = territories;
        this.imports = imports;
        this.devices = devices;
        this.campaigns = campaigns;
        this.census = census;
    }

    void load(TerritorySummary territory, CurrentUser loader) {
        load(territory, loader, "29014", BOTSORHEL);
        load(territory, loader, "29133", LOCQUIREC);
        load(territory, loader, "29067", GUERLESQUIN);
        census(territory, loader);
    }

    /**
     * The 2026 census takes the inventory: Botsorhel had already given its answers (left alone);
     * Locquirec and Guerlesquin find their counts pre-filled, add their other answers and give
     * their response — Locquirec correcting its screens, with the reason.
     */
    private void census(TerritorySummary territory, CurrentUser loader) {
        CampaignSummary campaign = campaigns.all().stream()
                .filter(c -> c.territoryId() == territory.id() && c.name().equals(DemoLoader.ILLUSTRATIVE_2026))
                .findFirst()
                .orElse(null);
        if (campaign == null || campaign.closed()) {
            return;
        }
        InventoryTaking taking = census.take(campaign.id(), loader);
        List<List<String>> rows = rows();
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            CollectivityView c = territories.collectivities(territory.id()).stream()
                    .filter(x -> x.code().equals(row.get(0)))
                    .findFirst()
                    .orElseThrow();
            ResponseView response = campaigns.response(campaign.id(), c.id(), loader);
            if (response.status().counts()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            response.answers().forEach((code, value) -> values.put(code, value.display()));
            String comment = null;
            for (int i = 2; i < header.size() && i < row.size(); i++) {
                if (header.get(i).equals("comment")) {
                    comment = row.get(i);
                } else if (!row.get(i).isBlank()) {
                    values.put(header.get(i), row.get(i));
                }
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            if (c.code().equals("29133") && values.containsKey(CORRECTED)) {
                values.put(CORRECTED, String.valueOf(Integer.parseInt(values.get(CORRECTED)) + 2));
                reasons.put(CORRECTED, CORRECTION_REASON);
            }
            campaigns.submit(
                    campaign.id(), c.id(), new AnswerSubmission(values, comment, response.version(), reasons), loader);
        }
        LOG.info(
                "Démo : recensement 2026 pré-rempli par l'inventaire ({} collectivités, {} réponses).",
                taking.collectivities(),
                taking.answers());
    }

    private static List<List<String>> rows() {
        try (var in = new org.springframework.core.io.ClassPathResource(INVENTORIED_ANSWERS).getInputStream()) {
            return CsvGridReader.read(in, GridLimits.defaults(), "reponses").rows().stream()
                    .map(SheetGrid.Row::cells)
                    .toList();
        } catch (IOException | SpreadsheetException e) {
            throw new IllegalStateException("the demo's inventoried answers cannot be read", e);
        }
    }

    private void load(TerritorySummary territory, CurrentUser loader, String code, List<Machine> machines) {
        CollectivityView c = territories.collectivities(territory.id()).stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElse(null);
        if (c == null
                || devices.ofCollectivity(c.id(), null, 1, loader).devices().total() > 0) {
            return;
        }
        imports.importFile(c.id(), FILE, zip(machines), loader);
        LOG.info("Démo : inventaire fictif de {} ({} postes).", c.name(), machines.size());
    }

    static byte[] zip(List<Machine> machines) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Machine m : machines) {
                zip.putNextEntry(new ZipEntry(m.name() + ".json"));
                zip.write(json(m).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The machine as GLPI Agent would write it (JSON inventory format). */
    static String json(Machine m) {
        StringBuilder software = new StringBuilder();
        for (String s : m.software()) {
            String[] nameVersion = s.split("\\|", 2);
            if (!software.isEmpty()) {
                software.append(',');
            }
            software.append("{\"name\":\"")
                    .append(nameVersion[0])
                    .append("\",\"version\":\"")
                    .append(nameVersion[1])
                    .append("\",\"from\":\"registry\"}");
        }
        return "{\"action\":\"inventory\",\"itemtype\":\"Computer\",\"deviceid\":\"" + m.name()
                + "-2026-01-05-08-00-00\","
                + "\"tag\":\"demo-fictif\",\"content\":{\"versionclient\":\"GLPI-Agent_v1.11\","
                + "\"hardware\":{\"name\":\"" + m.name() + "\",\"chassis_type\":\"" + m.chassis()
                + "\",\"vmsystem\":\"Physical\",\"memory\":8192},"
                + "\"bios\":{\"ssn\":\"" + m.serial() + "\",\"smanufacturer\":\"" + m.manufacturer()
                + "\",\"smodel\":\"" + m.model()
                + "\",\"bdate\":\"" + m.biosDate() + "\"},"
                + "\"operatingsystem\":{\"name\":\"" + m.osName() + "\",\"full_name\":\"" + m.osFullName() + "\","
                + (m.osVersion() == null ? "" : "\"version\":\"" + m.osVersion() + "\",")
                + "\"kernel_name\":\"MSWin32\",\"kernel_version\":\"" + m.build() + "\",\"arch\":\"64-bit\"},"
                + "\"softwares\":[" + software + "],"
                + "\"monitors\":[{\"manufacturer\":\"Iiyama\",\"caption\":\"ProLite XU2493HS\",\"serial\":\""
                + m.serial() + "-M\"}]}}";
    }
}
