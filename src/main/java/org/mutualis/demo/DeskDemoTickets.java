package org.mutualis.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.mutualis.identity.CurrentUser;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.ServiceCentres.CategoryView;
import org.mutualis.servicedesk.ServiceCentres.CentreView;
import org.mutualis.servicedesk.TicketArchive;
import org.mutualis.servicedesk.TicketArchive.PastStep;
import org.mutualis.servicedesk.TicketArchive.PastTicket;
import org.mutualis.servicedesk.TicketChannel;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.servicedesk.domain.sla.FrenchHolidays;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.stereotype.Component;

/**
 * The demo centre's 300 tickets of 2014–2015, invented (Random(2014): the same every load): opened
 * on working days by the communes' secretariats, by phone, e-mail or the site; taken, sometimes
 * waiting for the requester, solved and closed, with the time spent, some satisfaction answers,
 * a dozen still open at the end of 2015; their SLA clocks replayed by the service desk itself.
 */
@Component
class DeskDemoTickets {

    static final int COUNT = 300;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Category code, weight, titles. */
    private static final List<Object[]> KINDS = List.of(
            new Object[] {
                "poste",
                25,
                new String[] {
                    "Le poste du secrétariat ne démarre plus",
                    "Écran noir au démarrage",
                    "Mot de passe oublié",
                    "Le poste est très lent"
                }
            },
            new Object[] {
                "impression",
                20,
                new String[] {
                    "Bourrage papier sur le copieur",
                    "L’imprimante n’imprime plus",
                    "Le scanner n’envoie plus par courriel"
                }
            },
            new Object[] {
                "reseau",
                12,
                new String[] {"Internet coupé à la mairie", "Wifi de la salle des fêtes", "Téléphone sans tonalité"}
            },
            new Object[] {
                "messagerie",
                12,
                new String[] {
                    "Boîte aux lettres pleine", "Messagerie sur téléphone", "Agenda partagé invisible pour le maire"
                }
            },
            new Object[] {"sauvegarde", 5, new String[] {"Fichier effacé à restaurer", "Alerte de sauvegarde"}},
            new Object[] {
                "metiers",
                10,
                new String[] {
                    "L’état civil n’imprime pas les actes", "Mise à jour du logiciel de paie", "Flux comptables refusés"
                }
            },
            new Object[] {
                "e-administration", 6, new String[] {"Certificat de signature expiré", "Publier un avis de marché"}
            },
            new Object[] {
                "site-internet",
                5,
                new String[] {"Mettre à jour les horaires sur le site", "Ajouter le bulletin municipal"}
            },
            new Object[] {"support", 3, new String[] {"Demande de conseil avant un achat"}},
            new Object[] {"formation", 2, new String[] {"Besoin de formation au tableur"}});

    private final ServiceCentres centres;
    private final TicketArchive archive;
    private final Territories territories;

    DeskDemoTickets(ServiceCentres centres, TicketArchive archive, Territories territories) {
        this.centres = centres;
        this.archive = archive;
        this.territories = territories;
    }

    /** @return the number of tickets written */
    int load(TerritorySummary territory, CentreView centre, CurrentUser technician, CurrentUser loader) {
        Map<String, Long> categories = centres.categories(centre.id()).stream()
                .collect(Collectors.toMap(CategoryView::code, CategoryView::id));
        List<CollectivityView> members = territories.collectivities(territory.id()).stream()
                .filter(c -> c.population() != null || c.kind().name().equals("EPCI"))
                .toList();
        Random random = new Random(2014);
        LocalDate first = LocalDate.of(2014, 1, 6);
        long days = LocalDate.of(2015, 12, 18).toEpochDay() - first.toEpochDay();
        List<LocalDateTime> openings = new ArrayList<>();
        while (openings.size() < COUNT) {
            LocalDate day = first.plusDays(random.nextInt((int) days + 1));
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || FrenchHolidays.isHoliday(day)) {
                continue;
            }
            openings.add(day.atTime(8 + random.nextInt(9), random.nextInt(60)));
        }
        openings.sort(null);
        int index = 0;
        for (LocalDateTime opened : openings) {
            index++;
            Object[] kind = pick(random);
            String[] titles = (String[]) kind[2];
            CollectivityView who = members.get(
                    random.nextInt(10) < 4
                            ? random.nextInt(Math.min(6, members.size()))
                            : random.nextInt(members.size()));
            int impact = 1 + Math.min(4, random.nextInt(3) + random.nextInt(2));
            int urgency = 1 + Math.min(4, random.nextInt(3) + random.nextInt(2));
            boolean stillOpen = index > COUNT - 12;
            archive.record(
                    centre.id(),
                    new PastTicket(
                            who.id(),
                            categories.get((String) kind[0]),
                            "Secrétariat de " + who.name(),
                            null,
                            TicketChannel.values()[random.nextInt(TicketChannel.values().length)],
                            titles[random.nextInt(titles.length)],
                            "Demande fictive de la démonstration : " + who.name() + " signale le problème au centre.",
                            impact,
                            urgency,
                            opened.atZone(PARIS).toInstant(),
                            steps(random, opened.atZone(PARIS).toInstant(), technician, stillOpen, index),
                            !stillOpen && random.nextInt(10) < 4 ? 3 + random.nextInt(3) : null),
                    loader);
        }
        return COUNT;
    }

    private static Object[] pick(Random random) {
        int total = KINDS.stream().mapToInt(k -> (Integer) k[1]).sum();
        int n = random.nextInt(total);
        for (Object[] kind : KINDS) {
            n -= (Integer) kind[1];
            if (n < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }

    private static List<PastStep> steps(
            Random random, Instant opened, CurrentUser technician, boolean stillOpen, int index) {
        List<PastStep> steps = new ArrayList<>();
        Instant at = opened.plus(Duration.ofMinutes(20 + random.nextInt(240)));
        if (stillOpen && index % 4 == 0) {
            return steps;
        }
        steps.add(new PastStep(at, technician.id(), technician.displayName(), null, false, 0, TicketStatus.ASSIGNED));
        if (stillOpen && index % 4 == 1) {
            return steps;
        }
        at = at.plus(Duration.ofMinutes(10 + random.nextInt(120)));
        steps.add(new PastStep(
                at,
                null,
                null,
                "Prise en main à distance, diagnostic en cours.",
                false,
                10 + random.nextInt(30),
                TicketStatus.IN_PROGRESS));
        if (random.nextInt(5) == 0 || (stillOpen && index % 4 == 2)) {
            at = at.plus(Duration.ofMinutes(30 + random.nextInt(120)));
            steps.add(new PastStep(
                    at,
                    null,
                    null,
                    "Pouvez-vous nous indiquer le message d’erreur exact ?",
                    false,
                    5,
                    TicketStatus.WAITING_REQUESTER));
            if (stillOpen) {
                return steps;
            }
            at = at.plus(Duration.ofHours(18 + random.nextInt(60)));
            steps.add(new PastStep(at, null, null, null, false, 0, TicketStatus.IN_PROGRESS));
        }
        if (stillOpen) {
            return steps;
        }
        at = at.plus(Duration.ofMinutes(30 + random.nextInt(random.nextInt(10) == 0 ? 4000 : 900)));
        steps.add(new PastStep(
                at,
                null,
                null,
                random.nextBoolean()
                        ? "Problème résolu, le poste fonctionne de nouveau."
                        : "Réglage corrigé sur place.",
                false,
                15 + random.nextInt(90),
                TicketStatus.SOLVED));
        if (random.nextInt(4) == 0) {
            steps.add(new PastStep(
                    at.plus(Duration.ofMinutes(5)),
                    null,
                    null,
                    "Pièce commandée sur le marché groupé.",
                    true,
                    5,
                    null));
        }
        steps.add(new PastStep(at.plus(Duration.ofDays(7)), null, null, null, false, 0, TicketStatus.CLOSED));
        return steps;
    }
}
