package org.mutualis.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicefinance.CatalogueServiceView;
import org.mutualis.servicefinance.ChargeLineForm;
import org.mutualis.servicefinance.ConventionForm;
import org.mutualis.servicefinance.Conventions;
import org.mutualis.servicefinance.FinanceSettingsForm;
import org.mutualis.servicefinance.FinanceSettingsView;
import org.mutualis.servicefinance.ServiceCatalogue;
import org.mutualis.servicefinance.SubscriptionClassRow;
import org.mutualis.servicefinance.SubscriptionClasses;
import org.mutualis.servicefinance.SubscriptionClassesForm;
import org.mutualis.servicefinance.SubscriptionLine;
import org.mutualis.servicefinance.UnitCostForm;
import org.mutualis.servicefinance.UnitCosts;
import org.mutualis.servicefinance.domain.ConventionKind;
import org.mutualis.servicefinance.domain.CostMethod;
import org.mutualis.servicefinance.domain.ServiceForm;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's money side of the service centre, Morlaix Communauté's 2015 — invented, and labelled
 * so: the catalogue opened with the study's services; the form of the service set to the study's
 * stage 3, choice 1 (one IT service common to the EPCI and Morlaix) and stage 4, choice 2 (an
 * independent service for the other communes, by subscription), with a note saying the figures
 * are invented and that the choice is compared with a mise à disposition de service reimbursed
 * under D5211-16; and eight conventions signed in January 2015 for three years: Morlaix's service
 * commun, two mises à disposition de service (the two largest communes next to Morlaix, at unit
 * cost × units) and five subscriptions, each with its council's deliberation and forecasts sized
 * to the commune (tickets, hours, training days, workstations — those of the 2012 census where
 * the commune answered it). Loaded once, through the module's services as the administrator; a
 * territory that already has a chosen form or a convention is left as it stands.
 */
@Component
class FinanceDemo {

    /** The form's note: says the figures are invented and what the choice is compared with. */
    static final String FORM_NOTE = "Chiffres fictifs, pour la démonstration : l’exercice 2015 de Morlaix Communauté"
            + " est inventé. Les communes souscrivent un abonnement au service indépendant (étape 4, choix 2),"
            + " financé aussi par les économies des étapes 1 à 3 ; il est comparé à une mise à disposition de"
            + " service remboursée au coût unitaire de fonctionnement × unités constatées (CGCT, article"
            + " D5211-16), que Saint-Martin-des-Champs et Plourin-lès-Morlaix ont choisie.";

    /** Each convention's note. */
    static final String CONVENTION_NOTE = "Convention fictive de la démonstration (exercice 2015 inventé).";

    static final int YEARS = 3;

    /**
     * One demo convention: the commune's INSEE code, its kind and cost method (names of the
     * module's enums), the council's deliberation, the signature, the forecasts by catalogue
     * service code.
     */
    record DemoConvention(
            String code,
            ConventionKind kind,
            CostMethod costMethod,
            String deliberationRef,
            LocalDate deliberationOn,
            LocalDate signedOn,
            Map<String, Integer> forecasts) {}

    /**
     * The eight conventions, largest commune first. Forecasts per year, sized to the population:
     * about one ticket per 40 to 55 inhabitants and one hour of intervention per 50 to 70, a training day per
     * thousand inhabitants or so, and the workstations the commune counted in 2012 (desktops and
     * laptops outside schools; Carantec and Plourin-lès-Morlaix did not answer: estimated).
     */
    static final List<DemoConvention> ALL = List.of(
            new DemoConvention(
                    "29151",
                    ConventionKind.COMMON_SERVICE,
                    CostMethod.WORKSTATIONS,
                    "Délibération n° 2014-215 du conseil municipal",
                    LocalDate.of(2014, 12, 15),
                    LocalDate.of(2015, 1, 5),
                    Map.of(
                            "assistance", 420,
                            "support-technique", 300,
                            "formation-relais", 12,
                            "serveurs-bureautiques", 152,
                            "sauvegarde", 2000,
                            "applications-metiers", 180,
                            "extranet", 180)),
            new DemoConvention(
                    "29254",
                    ConventionKind.SERVICE_MADE_AVAILABLE,
                    CostMethod.D5211_16_UNITS,
                    "Délibération n° 2014-098 du conseil municipal",
                    LocalDate.of(2014, 12, 11),
                    LocalDate.of(2015, 1, 8),
                    Map.of(
                            "assistance", 95,
                            "support-technique", 80,
                            "formation-relais", 5,
                            "serveurs-bureautiques", 19,
                            "sauvegarde", 250)),
            new DemoConvention(
                    "29207",
                    ConventionKind.SERVICE_MADE_AVAILABLE,
                    CostMethod.D5211_16_UNITS,
                    "Délibération n° 2014-104 du conseil municipal",
                    LocalDate.of(2014, 12, 18),
                    LocalDate.of(2015, 1, 8),
                    Map.of(
                            "assistance", 90,
                            "support-technique", 75,
                            "formation-relais", 5,
                            "serveurs-bureautiques", 22,
                            "sauvegarde", 220)),
            new DemoConvention(
                    "29191",
                    ConventionKind.SUBSCRIPTION,
                    CostMethod.FLAT_SUBSCRIPTION,
                    "Délibération n° 2014-071 du conseil municipal",
                    LocalDate.of(2014, 12, 4),
                    LocalDate.of(2015, 1, 12),
                    Map.of(
                            "assistance", 60,
                            "support-technique", 50,
                            "formation-relais", 3,
                            "serveurs-bureautiques", 20)),
            new DemoConvention(
                    "29279",
                    ConventionKind.SUBSCRIPTION,
                    CostMethod.FLAT_SUBSCRIPTION,
                    "Délibération n° 2014-083 du conseil municipal",
                    LocalDate.of(2014, 12, 9),
                    LocalDate.of(2015, 1, 12),
                    Map.of(
                            "assistance", 55,
                            "support-technique", 45,
                            "formation-relais", 3,
                            "serveurs-bureautiques", 18)),
            new DemoConvention(
                    "29023",
                    ConventionKind.SUBSCRIPTION,
                    CostMethod.FLAT_SUBSCRIPTION,
                    "Délibération n° 2014-112 du conseil municipal",
                    LocalDate.of(2014, 12, 17),
                    LocalDate.of(2015, 1, 14),
                    Map.of(
                            "assistance", 52,
                            "support-technique", 42,
                            "formation-relais", 3,
                            "serveurs-bureautiques", 16,
                            "site-internet", 20)),
            new DemoConvention(
                    "29067",
                    ConventionKind.SUBSCRIPTION,
                    CostMethod.FLAT_SUBSCRIPTION,
                    "Délibération n° 2014-047 du conseil municipal",
                    LocalDate.of(2014, 12, 12),
                    LocalDate.of(2015, 1, 19),
                    Map.of(
                            "assistance", 30,
                            "support-technique", 25,
                            "formation-relais", 2,
                            "serveurs-bureautiques", 6,
                            "e-administration", 8)),
            new DemoConvention(
                    "29014",
                    ConventionKind.SUBSCRIPTION,
                    CostMethod.FLAT_SUBSCRIPTION,
                    "Délibération n° 2014-029 du conseil municipal",
                    LocalDate.of(2014, 12, 19),
                    LocalDate.of(2015, 1, 19),
                    Map.of(
                            "assistance", 12,
                            "support-technique", 10,
                            "formation-relais", 1,
                            "serveurs-bureautiques", 2,
                            "e-administration", 4)));

    private static final Logger LOG = LoggerFactory.getLogger(FinanceDemo.class);

    private final ServiceCatalogue catalogue;
    private final Conventions conventions;
    private final Territories territories;
    private final UnitCosts unitCosts;
    private final SubscriptionClasses subscriptionClasses;

    FinanceDemo(
            ServiceCatalogue catalogue,
            Conventions conventions,
            Territories territories,
            UnitCosts unitCosts,
            SubscriptionClasses subscriptionClasses) {
        this.catalogue = catalogue;
        this.conventions = conventions;
        this.territories = territories;
        this.unitCosts = unitCosts;
        this.subscriptionClasses = subscriptionClasses;
    }

    /**
     * Invented 2015 prices per unit of each service, before they are split into the accounts' charges
     * (70 % staff, 10 % supplies, 20 % service contracts): what the demo's unit costs come out at.
     */
    static final Map<String, BigDecimal> PRICE_2015 = Map.of(
            "assistance", new BigDecimal("38"),
            "support-technique", new BigDecimal("55"),
            "formation-relais", new BigDecimal("180"),
            "serveurs-bureautiques", new BigDecimal("120"),
            "sauvegarde", new BigDecimal("0.60"),
            "applications-metiers", new BigDecimal("45"),
            "e-administration", new BigDecimal("35"),
            "site-internet", new BigDecimal("48"),
            "extranet", new BigDecimal("24"),
            "aide-decision", new BigDecimal("60"));

    void load(TerritorySummary territory, CurrentUser loader) {
        conventionsOf(territory, loader);
        unitCostsOf(territory, loader);
        subscriptionClassesOf(territory, loader);
    }

    /**
     * The invented 2015 size classes of the flat subscription (stage 4, choice 2), so that the
     * alternatives compared for 2015 show the subscription beside the D5211-16 units: annual fees
     * by population, labelled as invented.
     */
    static final List<SubscriptionClassRow> CLASSES_2015 = List.of(
            new SubscriptionClassRow("Moins de 1 000 habitants (fictif)", 0, 999, new BigDecimal("600")),
            new SubscriptionClassRow("1 000 à 2 999 habitants (fictif)", 1000, 2999, new BigDecimal("2000")),
            new SubscriptionClassRow("3 000 à 4 999 habitants (fictif)", 3000, 4999, new BigDecimal("3000")),
            new SubscriptionClassRow("5 000 à 9 999 habitants (fictif)", 5000, 9999, new BigDecimal("6000")),
            new SubscriptionClassRow("10 000 habitants et plus (fictif)", 10000, null, new BigDecimal("12000")));

    /** The 2015 size classes of the subscription, once (a year already set is left as it stands). */
    private void subscriptionClassesOf(TerritorySummary territory, CurrentUser loader) {
        if (!subscriptionClasses.classes(territory.id(), 2015).isEmpty()) {
            return;
        }
        subscriptionClasses.save(territory.id(), 2015, new SubscriptionClassesForm(CLASSES_2015, null), loader);
        LOG.info(
                "Strates d’abonnement de démonstration 2015 fixées : {} strates (redevances fictives).",
                CLASSES_2015.size());
    }

    /**
     * The 2015 unit costs (invented accounts of 2014: staff, supplies, service contracts) of every
     * service the conventions of 2015 subscribe, computed by the module from their forecasts; once.
     */
    private void unitCostsOf(TerritorySummary territory, CurrentUser loader) {
        if (!unitCosts.rates(territory.id(), 2015).isEmpty()) {
            return;
        }
        int made = 0;
        for (CatalogueServiceView service : catalogue.services(territory.id())) {
            BigDecimal price = PRICE_2015.get(service.code());
            BigDecimal forecast = unitCosts.forecastOf(service.id(), 2015).total();
            if (price == null || forecast == null || forecast.signum() <= 0) {
                continue;
            }
            BigDecimal total = price.multiply(forecast);
            unitCosts.create(
                    territory.id(),
                    new UnitCostForm(
                            service.id(),
                            2015,
                            2014,
                            List.of(
                                    charge(ChargeCategory.STAFF, "6411 Rémunérations du personnel", total, "0.70"),
                                    charge(ChargeCategory.SUPPLIES, "6068 Fournitures", total, "0.10"),
                                    charge(
                                            ChargeCategory.SERVICE_CONTRACTS,
                                            "611 Contrats de prestations",
                                            total,
                                            "0.20")),
                            List.of(),
                            null),
                    loader);
            made++;
        }
        LOG.info("Coûts unitaires de démonstration 2015 calculés : {} services (comptes fictifs).", made);
    }

    private static ChargeLineForm charge(ChargeCategory category, String account, BigDecimal total, String share) {
        return new ChargeLineForm(
                category,
                account + " (fictif)",
                total.multiply(new BigDecimal(share)).setScale(2, RoundingMode.HALF_UP));
    }

    private void conventionsOf(TerritorySummary territory, CurrentUser loader) {
        // Reading the choices opens the catalogue with the study's services.
        FinanceSettingsView settings = catalogue.settings(territory.id(), loader);
        if (settings.pairForm() != null
                || settings.communesForm() != null
                || !conventions.ofTerritory(territory.id()).isEmpty()) {
            return;
        }
        catalogue.updateSettings(
                territory.id(),
                new FinanceSettingsForm(
                        ServiceForm.PAIR_COMMON_SERVICE,
                        ServiceForm.COMMUNES_SUBSCRIPTION,
                        FORM_NOTE,
                        settings.reminderDays(),
                        (long) settings.version()),
                loader);
        Map<String, Long> services = catalogue.services(territory.id()).stream()
                .collect(Collectors.toMap(CatalogueServiceView::code, CatalogueServiceView::id));
        Map<String, CollectivityView> byCode = territories.collectivities(territory.id()).stream()
                .collect(Collectors.toMap(CollectivityView::code, Function.identity(), (a, b) -> a));
        int made = 0;
        for (DemoConvention c : ALL) {
            CollectivityView commune = byCode.get(c.code());
            if (commune == null) {
                continue;
            }
            List<SubscriptionLine> lines = new ArrayList<>();
            c.forecasts()
                    .forEach((service, units) ->
                            lines.add(new SubscriptionLine(services.get(service), true, BigDecimal.valueOf(units))));
            conventions.create(
                    territory.id(),
                    new ConventionForm(
                            commune.id(),
                            c.kind(),
                            c.signedOn(),
                            c.deliberationRef(),
                            c.deliberationOn(),
                            YEARS,
                            c.costMethod(),
                            lines,
                            CONVENTION_NOTE,
                            null),
                    loader);
            made++;
        }
        LOG.info("Conventions de démonstration chargées : {} conventions signées en 2015 (exercice fictif).", made);
    }
}
