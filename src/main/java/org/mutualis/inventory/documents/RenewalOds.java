package org.mutualis.inventory.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.inventory.CensusPrices;
import org.mutualis.inventory.KindPrice;
import org.mutualis.inventory.RenewalPlanView;
import org.mutualis.inventory.RenewalPlanView.CollectivityYears;
import org.mutualis.inventory.RenewalPlanView.KindYear;
import org.mutualis.inventory.RenewalPlanView.Lifespan;
import org.mutualis.inventory.RenewalPlanView.MachineLine;
import org.mutualis.inventory.RenewalPlanView.Year;
import org.mutualis.spreadsheet.GridCell;
import org.mutualis.spreadsheet.OdsGridWriter;
import org.mutualis.spreadsheet.SheetContent;

/**
 * The renewal plan as an ODS workbook, in French, for the communes' budgets: sheets {@code Plan}
 * (per year and kind: units, of which forced by the end of support, mean cost, euros HT and TTC),
 * {@code Collectivités} (a territory's plan: per collectivité and year), {@code Postes} (each
 * machine due and why) and {@code Méthode} (the campaign, the figures and the lifespans used). An
 * unpriced kind's euros are the words « non chiffré », never 0.
 */
public final class RenewalOds {

    /** The workbook and its file name. */
    public record Workbook(String fileName, byte[] bytes) {}

    public static final List<String> PLAN_COLUMNS = List.of(
            "Année",
            "Type de poste",
            "Postes à renouveler",
            "Dont fin de support (vague de migration)",
            "Coût moyen HT (€)",
            "Total HT (€)",
            "Total TTC (€)");

    public static final String UNPRICED = "non chiffré";

    static final Map<String, String> KINDS = Map.of(
            "desktop", "Poste fixe",
            "laptop", "Poste portable",
            "thin_client", "Client léger",
            "server", "Serveur",
            "tablet", "Tablette",
            "other", "Autre appareil",
            "virtual", "Machine virtuelle");

    static final Map<String, String> CAUSES = Map.of(
            "AGE", "Durée de vie atteinte",
            "END_OF_SUPPORT", "Fin de support du système (vague de migration)",
            "UNKNOWN_AGE", "Âge inconnu : première année du plan");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RenewalOds() {}

    public static Workbook write(RenewalPlanView plan) {
        List<SheetContent> sheets = new ArrayList<>();
        sheets.add(new SheetContent(
                "Plan", planRows(plan), List.of(), false, List.of(8, 16, 12, 18, 14, 14, 14), java.util.Set.of()));
        if (plan.collectivity() == null) {
            sheets.add(new SheetContent("Collectivités", collectivityRows(plan)));
        }
        sheets.add(new SheetContent("Postes", machineRows(plan)));
        sheets.add(
                new SheetContent("Méthode", methodRows(plan), List.of(), false, List.of(40, 80), java.util.Set.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OdsGridWriter.write(out, sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String who = plan.collectivity() == null
                ? plan.territory().name()
                : plan.collectivity().name();
        return new Workbook(
                "plan-de-renouvellement-" + slug(who) + "-" + plan.firstYear() + "-" + plan.lastYear() + ".ods",
                out.toByteArray());
    }

    private static List<List<GridCell>> planRows(RenewalPlanView plan) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(header(PLAN_COLUMNS));
        for (Year y : plan.years()) {
            for (KindYear k : y.kinds()) {
                rows.add(List.of(
                        number(y.year()),
                        GridCell.text(KINDS.getOrDefault(k.kind(), k.kind())),
                        number(k.units()),
                        number(k.forced()),
                        money(k.unitCostHt()),
                        money(k.costHt()),
                        money(k.costTtc())));
            }
            rows.add(List.of(
                    number(y.year()),
                    GridCell.text(
                            y.unpriced() > 0
                                    ? "Total de l’année (dont " + y.unpriced() + " non chiffrés)"
                                    : "Total de l’année"),
                    number(y.units()),
                    number(y.forced()),
                    GridCell.text(""),
                    GridCell.number(y.costHt()),
                    GridCell.number(y.costTtc())));
        }
        var t = plan.totals();
        rows.add(List.of(
                GridCell.text(plan.firstYear() + "–" + plan.lastYear()),
                GridCell.text(
                        t.unpriced() > 0 ? "Total du plan (dont " + t.unpriced() + " non chiffrés)" : "Total du plan"),
                number(t.units()),
                number(t.forced()),
                GridCell.text(""),
                GridCell.number(t.costHt()),
                GridCell.number(t.costTtc())));
        return rows;
    }

    private static List<List<GridCell>> collectivityRows(RenewalPlanView plan) {
        List<String> header = new ArrayList<>(List.of("Collectivité", "Code"));
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            header.add(y + " postes");
            header.add(y + " HT (€)");
            header.add(y + " TTC (€)");
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(header(header));
        for (CollectivityYears c : plan.byCollectivity()) {
            List<GridCell> row = new ArrayList<>(List.of(GridCell.text(c.name()), GridCell.text(c.code())));
            for (Year y : c.years()) {
                row.add(number(y.units()));
                row.add(GridCell.number(y.costHt()));
                row.add(GridCell.number(y.costTtc()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<GridCell>> machineRows(RenewalPlanView plan) {
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(header(List.of(
                "Année",
                "Collectivité",
                "Poste",
                "Type",
                "Acquis le",
                "Date d’après",
                "Durée de vie (ans)",
                "Système",
                "Fin de support du système",
                "Motif",
                "Déjà dû avant le plan",
                "Coût moyen HT (€)")));
        for (MachineLine m : plan.machines().items()) {
            rows.add(List.of(
                    number(m.year()),
                    GridCell.text(m.collectivityName()),
                    GridCell.text(m.name()),
                    GridCell.text(KINDS.getOrDefault(m.kind(), m.kind())),
                    GridCell.text(
                            m.acquired() == null ? "inconnu" : m.acquired().format(DATE)),
                    GridCell.text(
                            m.acquiredFrom() == null
                                    ? ""
                                    : m.acquiredFrom().equals("PURCHASE") ? "date d’achat" : "date du BIOS"),
                    number(m.lifespan()),
                    GridCell.text(m.system() == null ? "" : m.system()),
                    GridCell.text(m.systemEnd() == null ? "" : m.systemEnd().format(DATE)),
                    GridCell.text(
                            CAUSES.getOrDefault(m.cause().name(), m.cause().name())),
                    money(m.costHt())));
        }
        return rows;
    }

    private static List<List<GridCell>> methodRows(RenewalPlanView plan) {
        List<List<GridCell>> rows = new ArrayList<>();
        CensusPrices prices = plan.prices();
        rows.add(header(List.of("Élément", "Valeur et origine")));
        rows.add(line(
                "Plan",
                plan.firstYear() + " à " + plan.lastYear() + " (à partir de l’année prochaine), établi le "
                        + plan.on().format(DATE)));
        rows.add(line(
                "Recensement",
                prices.campaign() == null
                        ? "aucun recensement du territoire à cette date : coûts non chiffrés"
                        : prices.campaign().name() + " (date du recensement "
                                + prices.campaign().censusDate().format(DATE) + ")"));
        for (KindPrice k : prices.kinds()) {
            if (k.indicator() == null) {
                continue;
            }
            rows.add(line(
                    "Coût moyen HT : " + KINDS.getOrDefault(k.kind(), k.kind()),
                    k.meanHt() == null
                            ? UNPRICED + " (" + gap(k) + ")"
                            : k.meanHt().toPlainString() + " € HT, moyenne simple de " + k.indicator()
                                    + (k.borrowed() ? " (les clients légers prennent le coût des postes fixes)" : "")));
        }
        for (Lifespan l : plan.lifespans()) {
            rows.add(line(
                    "Durée de vie : " + l.name(),
                    l.years() + " ans (" + l.exact().stripTrailingZeros().toPlainString() + ", "
                            + switch (l.source()) {
                                case CAMPAIGN_MEAN -> "moyenne simple de avg_lifespan_years du recensement";
                                case BAND_DEFAULT -> "durée par défaut de la strate dans le recensement";
                                case STUDY_DEFAULT -> "durée par défaut de l’étude de 2012, faute de recensement";
                            }
                            + ")"));
        }
        rows.add(line("TVA", "20 % : TTC = HT × 1,20, arrondi au centime"));
        rows.add(line(
                "Méthode",
                "Un poste est dû l’année où il atteint sa durée de vie (date d’achat, sinon date du BIOS, + durée de vie),"
                        + " ou l’année de la fin de support de son système quand elle tombe dans ses deux dernières années"
                        + " (vague de migration) ; un poste déjà dû ou d’âge inconnu l’est la première année."));
        plan.leftOut()
                .forEach((kind, n) -> rows.add(line(
                        "Hors plan : " + KINDS.getOrDefault(kind, kind),
                        n + " (le recensement n’en donne pas de coût)")));
        rows.add(line("Au-delà du plan", plan.dueLater() + " postes dus après " + plan.lastYear()));
        return rows;
    }

    private static String gap(KindPrice k) {
        return switch (k.gap() == null ? org.mutualis.inventory.PriceGap.NO_SUCH_COST : k.gap()) {
            case NO_CAMPAIGN -> "pas de recensement";
            case NOT_ASKED -> "le questionnaire ne le demande pas";
            case NOT_PROVIDED -> "non renseigné";
            case SECRET -> "secret statistique";
            case NO_SUCH_COST -> "le recensement n’en donne pas";
        };
    }

    private static List<GridCell> line(String what, String value) {
        return List.of(GridCell.text(what), GridCell.text(value));
    }

    private static List<GridCell> header(List<String> columns) {
        return columns.stream().map(GridCell::text).toList();
    }

    private static GridCell number(long value) {
        return GridCell.number(BigDecimal.valueOf(value));
    }

    private static GridCell money(@Nullable BigDecimal value) {
        return value == null ? GridCell.text(UNPRICED) : GridCell.number(value);
    }

    private static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "territoire" : s;
    }
}
