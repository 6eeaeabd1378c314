package org.mutualis.savings.domain;

import java.util.List;
import java.util.Set;

/** Configurable size classes; a collectivité named by a class belongs to it whatever its population. */
public record SizeClasses(List<SizeClass> classes) {

    /** Where a collectivité that no class takes goes. */
    public static final SizeClass UNCLASSIFIED = new SizeClass("OTHER", "Hors classes", null, null, Set.of());

    public SizeClasses {
        classes = List.copyOf(classes);
    }

    /** The study's classes: 0–1,500 inhabitants, 1,501–5,000, and Morlaix with Morlaix Communauté. */
    public static SizeClasses study() {
        return new SizeClasses(List.of(
                SizeClass.byPopulation("0-1500", "0 à 1 500 habitants", 0, 1500),
                SizeClass.byPopulation("1501-5000", "1 501 à 5 000 habitants", 1501, 5000),
                SizeClass.named("MORLAIX", "Morlaix et Morlaix Communauté", Set.of("29151", "242900835"))));
    }

    public SizeClass classify(String collectivityCode, int population) {
        return classes.stream()
                .filter(c -> c.names(collectivityCode))
                .findFirst()
                .or(() -> classes.stream()
                        .filter(c -> c.containsPopulation(population))
                        .findFirst())
                .orElse(UNCLASSIFIED);
    }
}
