package org.mutualis.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mutualis.assessment.AssessmentPublications;
import org.mutualis.assessment.Assessments;
import org.mutualis.assessment.AwardForm;
import org.mutualis.identity.CurrentUser;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.ProcurementForm.LotLine;
import org.mutualis.procurement.ProcurementForm.MemberLine;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.Procurements;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.savings.OfferForm;
import org.mutualis.savings.OfferView;
import org.mutualis.savings.Offers;
import org.mutualis.savings.PriceItemView;
import org.mutualis.savings.PriceItems;
import org.mutualis.savings.Scenarios;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The study's offers (etude-2012/economies-2012.csv), its four scenarios, the procurements it
 * planned for 2012–2015 (hardware 2012, printing 2012–2013, telephony in two phases) and an
 * invented award for the hardware procurement so that the before/after assessment shows.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "true")
class ProcurementDemo {

    /** Said wherever the demo invents what the study does not give. */
    static final String INVENTED = "attribution inventée pour la démonstration";

    private static final LocalDate STUDY = LocalDate.of(2012, 3, 1);
    private static final String EPCI = "242900835";

    private final Offers offers;
    private final PriceItems items;
    private final Scenarios scenarios;
    private final Procurements procurements;
    private final Assessments assessments;
    private final AssessmentPublications publications;
    private final Territories territories;

    ProcurementDemo(
            Offers offers,
            PriceItems items,
            Scenarios scenarios,
            Procurements procurements,
            Assessments assessments,
            AssessmentPublications publications,
            Territories territories) {
        this.offers = offers;
        this.items = items;
        this.scenarios = scenarios;
        this.procurements = procurements;
        this.assessments = assessments;
        this.publications = publications;
        this.territories = territories;
    }

    void load(TerritorySummary territory, CurrentUser loader) {
        Map<String, Long> item = items.all().stream().collect(Collectors.toMap(PriceItemView::code, PriceItemView::id));
        long t = territory.id();
        offer(t, item.get("TEL_INTERNET_LINE"), "Opérateur (étude 2012)", "40.00", false, "55.73", loader);
        offer(
                t,
                item.get("TEL_INTERNET_LINE"),
                "Opérateur (étude 2012) — avec voix (n° en 02)",
                "40.00",
                false,
                "55.73",
                loader,
                "Appels illimités vers les fixes (le prix actuel ne comprend pas les appels)");
        offer(
                t,
                item.get("TEL_INTERNET_LINE"),
                "Opérateur (étude 2012) — voix (n° en 09) et fax (n° en 02)",
                "60.58",
                false,
                "72.21",
                loader,
                "Appels illimités vers les fixes");
        offer(
                t,
                item.get("TEL_INTERNET_LINE"),
                "Opérateur (étude 2012) — voix et fax (n° en 02)",
                "78.58",
                false,
                "72.21",
                loader,
                "Appels illimités vers les fixes (l’offre coûte plus cher)");
        offer(t, item.get("TEL_SDA"), "Opérateur (étude 2012)", "0.50", false, "0.91", loader);
        offer(
                t,
                item.get("TEL_MOBILE_PLAN"),
                "Opérateur mobile (étude 2012)",
                "7.35",
                false,
                "12.27",
                loader,
                "1 h vers l’extérieur et 1 h en interne (au lieu de 40 min et 23 min)",
                "Remise plus forte sur une flotte plus grande");
        offer(
                t,
                item.get("TEL_OPTION"),
                "Opérateur mobile (étude 2012) — option BlackBerry BES",
                "17.42",
                false,
                "19.00",
                loader,
                "2 mois offerts par an",
                "Remise plus forte sur le volume");
        offer(
                t,
                item.get("TEL_DATA_KEY"),
                "Opérateur mobile (étude 2012) — clé 3G 15 Mo",
                "7.24",
                false,
                "7.94",
                loader,
                "Offre vue sur 76 lignes mobiles dont 9 clés");
        OfferView desktops = offer(
                t,
                item.get("HW_DESKTOP"),
                "Dell Optiplex 360/380 (étude 2012)",
                "500.00",
                false,
                "500.00",
                loader,
                "Garantie 3 ans et modèle supérieur");
        offer(t, item.get("PRN_COPY_BW"), "Prestataire d’impression (étude 2012)", "0.0043", false, "0.0062", loader);
        offer(
                t,
                item.get("PRN_COPY_COLOUR"),
                "Prestataire d’impression (étude 2012)",
                "0.043",
                false,
                "0.0523",
                loader);
        offer(
                t,
                item.get("PRN_COPIER_PURCHASE"),
                "Kyocera KM 2560 — coût total de location",
                "3358.37",
                true,
                "3767.40",
                loader);
        offer(t, item.get("PRN_COPIER_PURCHASE"), "Kyocera KM 2560 — achat", "2970.60", true, "3623.00", loader);
        offer(
                t,
                item.get("PRN_COPIER_PURCHASE"),
                "Kyocera Taskalfa 250 Ci — location contre achat",
                "4425.20",
                true,
                "4650.00",
                loader);
        scenarios.createStudyScenarios(t, loader);

        Map<String, CollectivityView> c = territories.collectivities(t).stream()
                .collect(Collectors.toMap(CollectivityView::code, Function.identity()));
        ProcurementView hardware = procurements.create(hardware(t, c), loader);
        procurements.create(printing(t, c), loader);
        procurements.create(telephony(t, c), loader);
        assessments.link(hardware.id(), desktops.id(), loader);
        assessments.award(
                hardware.id(),
                desktops.id(),
                new AwardForm("Dell (" + INVENTED + ")", new BigDecimal("450"), false, LocalDate.of(2012, 6, 15), 0),
                loader);
    }

    /** The hardware procurement's subject, by which {@link #publishHardware} finds it again. */
    static final String HARDWARE = "Matériel informatique 2012 (postes fixes et portables)";

    /**
     * Publishes the hardware procurement's assessment to the territory's communes (members and
     * the others), once: a demo database where it is published already is left as it is. The
     * demo's mail catcher keeps the e-mails (and its accounts are no addresses: none is written).
     */
    void publishHardware(TerritorySummary territory, CurrentUser loader) {
        procurements.ofTerritory(territory.id()).stream()
                .filter(p -> p.subject().equals(HARDWARE))
                .filter(p -> assessments.awardState(p.id()).anyAwarded())
                .filter(p -> assessments.latestPublication(p.id()).isEmpty())
                .forEach(p -> publications.publish(
                        p.id(),
                        "Le groupement a obtenu ses postes fixes à 450 € HT (" + INVENTED + ")."
                                + " Chaque commune voit ici son économie, ou ce que l’adhésion lui aurait fait"
                                + " économiser.",
                        loader));
    }

    private OfferView offer(
            long territory,
            long item,
            String supplier,
            String amount,
            boolean ttc,
            String current,
            CurrentUser loader,
            String... benefits) {
        return offers.create(
                territory,
                new OfferForm(
                        item,
                        supplier,
                        "NEGOTIATION",
                        new BigDecimal(amount),
                        ttc,
                        STUDY,
                        null,
                        String.join("\n", benefits),
                        new BigDecimal(current),
                        ttc),
                loader);
    }

    /** Hardware 2012: a groupement de commandes coordinated by the EPCI, under the MAPA threshold. */
    private static ProcurementForm hardware(long t, Map<String, CollectivityView> c) {
        LocalDate signed = LocalDate.of(2012, 4, 16);
        List<MemberLine> members = new ArrayList<>();
        for (String code : List.of(EPCI, "29151", "29279", "29133", "29014", "29067", "29023")) {
            members.add(new MemberLine(c.get(code).id(), null, null, LocalDate.of(2012, 4, 5)));
        }
        return group(
                t,
                HARDWARE,
                "HARDWARE",
                c.get(EPCI).id(),
                signed,
                AwardProcedure.ADAPTED,
                dates("2012-03-01", "2012-04-02", "2012-05-02", "2012-06-15", "2012-06-29", "2012-07-01", "2015-06-30"),
                List.of(
                        new LotLine("Postes fixes", new BigDecimal("90000")),
                        new LotLine("Ordinateurs portables", new BigDecimal("30000"))),
                members);
    }

    /** Printing 2012–2013: an accord-cadre with a maximum, three years, by bons de commande. */
    private static ProcurementForm printing(long t, Map<String, CollectivityView> c) {
        List<MemberLine> members = new ArrayList<>();
        members.add(member(c, EPCI, LocalDate.of(2012, 12, 31)));
        members.add(member(c, "29151", LocalDate.of(2013, 6, 30)));
        members.add(member(c, "29279", null));
        members.add(member(c, "29133", LocalDate.of(2012, 12, 31)));
        members.add(member(c, "29188", null));
        return new ProcurementForm(
                t,
                "Impression : copieurs multifonctions et coût copie 2012–2013",
                "PRINTING",
                ThresholdKind.SUPPLIES_AND_SERVICES,
                ProcedureKind.FRAMEWORK_AGREEMENT,
                null,
                null,
                false,
                false,
                new BigDecimal("180000"),
                36,
                ExecutionMode.PURCHASE_ORDERS,
                null,
                AwardProcedure.ADAPTED,
                dates("2012-06-01", "2012-09-03", "2012-10-01", "2012-11-30", "2012-12-14", "2013-01-01", "2015-12-31"),
                List.of(new LotLine("Copieurs multifonctions et maintenance", new BigDecimal("150000"))),
                members);
    }

    /**
     * Telephony 2012–2015 in the study's two phases: members not under contract start at once, the
     * others when their contract ends. Above the threshold: an appel d'offres.
     */
    private static ProcurementForm telephony(long t, Map<String, CollectivityView> c) {
        LocalDate signed = LocalDate.of(2012, 9, 14);
        List<MemberLine> members = new ArrayList<>();
        members.add(new MemberLine(c.get(EPCI).id(), LocalDate.of(2012, 11, 30), null, LocalDate.of(2012, 9, 6)));
        members.add(new MemberLine(c.get("29151").id(), LocalDate.of(2012, 10, 31), null, LocalDate.of(2012, 9, 3)));
        members.add(new MemberLine(c.get("29014").id(), LocalDate.of(2012, 6, 30), null, LocalDate.of(2012, 9, 4)));
        members.add(new MemberLine(c.get("29279").id(), LocalDate.of(2013, 12, 31), null, LocalDate.of(2012, 9, 10)));
        members.add(new MemberLine(c.get("29133").id(), LocalDate.of(2014, 6, 30), null, LocalDate.of(2012, 9, 11)));
        members.add(new MemberLine(c.get("29067").id(), LocalDate.of(2013, 9, 30), null, LocalDate.of(2012, 9, 7)));
        return group(
                t,
                "Téléphonie fixe, internet et mobile 2012–2015 (deux phases)",
                "TELECOM",
                c.get(EPCI).id(),
                signed,
                AwardProcedure.CALL_FOR_TENDERS,
                dates("2012-06-01", "2012-09-17", "2012-10-01", "2012-11-15", "2012-11-23", "2012-12-01", "2015-11-30"),
                List.of(
                        new LotLine("Téléphonie fixe et accès internet", new BigDecimal("150000")),
                        new LotLine("Téléphonie mobile et clés de données", new BigDecimal("90000"))),
                members);
    }

    /** A groupement de commandes, not permanent, coordinated by {@code coordinator}. */
    private static ProcurementForm group(
            long t,
            String subject,
            String theme,
            long coordinator,
            LocalDate signed,
            AwardProcedure award,
            Milestones milestones,
            List<LotLine> lots,
            List<MemberLine> members) {
        return new ProcurementForm(
                t,
                subject,
                theme,
                ThresholdKind.SUPPLIES_AND_SERVICES,
                ProcedureKind.PURCHASING_GROUP,
                coordinator,
                signed,
                false,
                false,
                null,
                null,
                null,
                null,
                award,
                milestones,
                lots,
                members);
    }

    /** Needs census, specifications, publication, award, notification, start, end. */
    private static Milestones dates(String... isoDates) {
        LocalDate[] d = java.util.Arrays.stream(isoDates).map(LocalDate::parse).toArray(LocalDate[]::new);
        return new Milestones(d[0], d[1], d[2], d[3], d[4], d[5], d[6]);
    }

    private static MemberLine member(Map<String, CollectivityView> c, String code, @Nullable LocalDate contractEnd) {
        // A printing contract ending before the accord-cadre starts: the member is not under contract.
        return new MemberLine(
                c.get(code).id(), contractEnd == null ? LocalDate.of(2012, 12, 31) : contractEnd, null, null);
    }
}
