/**
 * Savings: the catalogue of priced items, offers and their savings against the census, size classes and scenarios. Public API: {@link org.mutualis.savings.Offers}, {@link org.mutualis.savings.PriceItems}, {@link org.mutualis.savings.Scenarios}, {@link org.mutualis.savings.SizeClassSettings} and their records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "questionnaire",
            "census",
            "analysis",
            "analysis :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.savings;
