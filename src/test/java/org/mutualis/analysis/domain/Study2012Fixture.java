package org.mutualis.analysis.domain;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.EPCI_SIREN;
import static org.mutualis.StudyCodes.GUERLESQUIN;
import static org.mutualis.StudyCodes.LOCQUIREC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;
import static org.mutualis.StudyCodes.SAINT_MARTIN_DES_CHAMPS;
import static org.mutualis.StudyCodes.TAULE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Aggregation;
import org.mutualis.shared.AnswerValue;
import org.mutualis.shared.CollectivityKind;

/**
 * The Morlaix Communauté 2012 study as an analysis request, copied from
 * {@code shared/data/etude-2012/collectivites-2012.csv} and {@code parc-informatique-2012.csv}.
 * Indicator codes are the csv column names. Reusable by any test that needs real data.
 */
public final class Study2012Fixture {

    public static final String MORLAIX_OPENOFFICE_REASON = "Les PC de Morlaix ont aussi Office 2003";

    /** The csv columns of parc-informatique-2012.csv after insee_code and name, in order. */
    static final List<String> COLUMNS = List.of(
            "desktops_excl_schools",
            "laptops_excl_schools",
            "os_xp",
            "os_vista",
            "os_7",
            "os_windows_ce",
            "os_other_open_source",
            "office_2003_or_older",
            "office_2007",
            "office_2010",
            "openoffice",
            "avg_lifespan_years",
            "avg_cost_desktop_eur_ht",
            "avg_cost_laptop_eur_ht",
            "maintenance_contract");

    private Study2012Fixture() {}

    public static AnalysisRequest request() {
        return new AnalysisRequest(
                territory(),
                answers(),
                indicators(),
                shareGroups(),
                renewals(),
                StratumBands.study2012(),
                List.of(new Exclusion(MORLAIX, "openoffice", MORLAIX_OPENOFFICE_REASON)));
    }

    /** The 29 collectivités of collectivites-2012.csv: 27 communes, Morlaix, the EPCI. */
    public static List<AnalysisUnit> territory() {
        Object[][] rows = {
            {"29219", "Le Ponthou", 160},
            {"29127", "Loc-Eguiner - St Thégonnec", 337},
            {"29114", "Lannéanou", 350},
            {"29014", "Botsorhel", 495},
            {"29183", "Plouegat-Moysan", 556},
            {"29034", "Le Cloître St Thégonnec", 581},
            {"29251", "St-Jean-du-Doigt", 628},
            {"29132", "Locquéolé", 751},
            {"29265", "Ste Sève", 814},
            {"29059", "Guarlan", 843},
            {"29073", "Guïamec", 871},
            {"29182", "Plouégat-Guérrand", 954},
            {"29202", "Plounéour Menez", 1192},
            {"29079", "Henvic", 1210},
            {"29133", "Locquirec", 1326},
            {"29186", "Plouezoc'h", 1623},
            {"29067", "Guerlesquin", 1650},
            {"29113", "Lanmeur", 2164},
            {"29266", "St Thégonnec", 2316},
            {"29023", "Carantec", 2818},
            {"29279", "Taulé", 2853},
            {"29163", "Pleyber-Christ", 2891},
            {"29191", "Plougonven", 3164},
            {"29188", "Plougasnou", 3469},
            {"29199", "Plouigneau", 4352},
            {"29207", "Plourin lès Morlaix", 4672},
            {"29254", "St-Martin-des-Champs", 4883},
            {"29151", "Morlaix", 16726},
        };
        List<AnalysisUnit> units = new ArrayList<>();
        for (Object[] row : rows) {
            units.add(new AnalysisUnit((String) row[0], (String) row[1], CollectivityKind.COMMUNE, (Integer) row[2]));
        }
        units.add(new AnalysisUnit(EPCI_SIREN, "Morlaix Communauté", CollectivityKind.EPCI, null));
        return List.copyOf(units);
    }

    /** The 8 respondents' rows of parc-informatique-2012.csv ("town hall only" is partial). */
    public static Map<String, Map<String, AnswerValue>> answers() {
        Map<String, Map<String, AnswerValue>> answers = new LinkedHashMap<>();
        answers.put(BOTSORHEL, row("1,1,2,0,0,0,0,0,1,1,0,NC,1259.67,NC,no"));
        answers.put(LOCQUIREC, row("7,1,5,0,3,0,0,4,0,3,0,8,903.83,1020.00,no"));
        answers.put(GUERLESQUIN, row("4,2,6,0,0,0,0,0,6,0,0,8,NC,NC,no"));
        answers.put(TAULE, row("16,2,8,1,9,0,0,6,2,0,0,5,446.48,500.00,no"));
        answers.put(PLOUGONVEN, row("17,3,15,1,18,0,2,0,0,8,28,5,859.61,513.11,partial"));
        answers.put(SAINT_MARTIN_DES_CHAMPS, row("13,6,9,0,10,0,0,7,5,5,2,5,459.10,635.00,yes"));
        answers.put(EPCI_SIREN, row("63,11,16,1,9,23,25,0,0,0,74,5,339.03,611.00,no"));
        answers.put(MORLAIX, row("140,12,143,0,9,0,0,152,0,0,152,5,492.95,600.00,no"));
        return answers;
    }

    /** One csv row (without code and name) as answers: numbers, NC, or text for the last column. */
    static Map<String, AnswerValue> row(String csv) {
        String[] cells = csv.split(",", -1);
        Map<String, AnswerValue> row = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String cell = cells[i];
            AnswerValue value;
            if (cell.equals(AnswerValue.NC)) {
                value = AnswerValue.nc();
            } else if (i == COLUMNS.size() - 1) {
                value = new AnswerValue.Text(cell);
            } else {
                value = AnswerValue.of(cell);
            }
            row.put(COLUMNS.get(i), value);
        }
        return row;
    }

    public static List<IndicatorSpec> indicators() {
        return List.of(
                count("desktops_excl_schools", "Postes fixes (hors écoles et cyber-commune)"),
                count("laptops_excl_schools", "Postes portables (hors écoles et cyber-commune)"),
                share("os_xp", "Windows XP", "os"),
                share("os_vista", "Windows Vista", "os"),
                share("os_7", "Windows 7", "os"),
                share("os_windows_ce", "Windows CE (clients légers)", "os"),
                share("os_other_open_source", "Autre système, dont logiciel libre", "os"),
                share("office_2003_or_older", "Microsoft Office 2003 ou antérieur", "office"),
                share("office_2007", "Microsoft Office 2007", "office"),
                share("office_2010", "Microsoft Office 2010", "office"),
                share("openoffice", "OpenOffice", "office"),
                mean("avg_lifespan_years", "Durée de vie moyenne des postes", "ans", null, "1", "15"),
                mean(
                        "avg_cost_desktop_eur_ht",
                        "Coût moyen d'acquisition d'un poste fixe",
                        "€ HT",
                        "desktops_excl_schools",
                        "150",
                        "4000"),
                mean(
                        "avg_cost_laptop_eur_ht",
                        "Coût moyen d'acquisition d'un poste portable",
                        "€ HT",
                        "laptops_excl_schools",
                        "150",
                        "4000"),
                new IndicatorSpec(
                                "maintenance_contract",
                                "Contrat de maintenance du parc",
                                "",
                                Aggregation.CHOICE,
                                null,
                                null,
                                null,
                                null)
                        .withChoices(List.of("yes", "no", "partial")));
    }

    public static List<ShareGroupSpec> shareGroups() {
        List<String> devices = List.of("desktops_excl_schools", "laptops_excl_schools");
        return List.of(
                new ShareGroupSpec("os", "Systèmes d'exploitation", devices, 1),
                new ShareGroupSpec("office", "Suites bureautiques", devices, 2));
    }

    public static List<RenewalSpec> renewals() {
        return List.of(
                new RenewalSpec(
                        "desktops",
                        "Renouvellement des postes fixes",
                        "desktops_excl_schools",
                        "avg_lifespan_years",
                        "avg_cost_desktop_eur_ht"),
                new RenewalSpec(
                        "laptops",
                        "Renouvellement des postes portables",
                        "laptops_excl_schools",
                        "avg_lifespan_years",
                        "avg_cost_laptop_eur_ht"));
    }

    static IndicatorSpec count(String code, String label) {
        return new IndicatorSpec(code, label, "postes", Aggregation.COUNT, null, null, BigDecimal.ZERO, null);
    }

    static IndicatorSpec share(String code, String label, String group) {
        return new IndicatorSpec(code, label, "postes", Aggregation.SHARE, group, null, BigDecimal.ZERO, null);
    }

    static IndicatorSpec mean(
            String code, String label, String unit, @Nullable String weightIndicator, String min, String max) {
        return new IndicatorSpec(
                code,
                label,
                unit,
                Aggregation.MEAN_VALUE,
                null,
                weightIndicator,
                new BigDecimal(min),
                new BigDecimal(max));
    }
}
