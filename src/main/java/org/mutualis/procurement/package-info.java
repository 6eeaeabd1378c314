/**
 * Offers, savings, scenarios and group procurements. The savings core is plain Java: prices,
 * offers and volumes in, savings with their formulas out, no Spring and no SQL.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "analysis",
            "analysis :: app",
            "census",
            "census :: spreadsheet",
            "territory",
            "identity"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement;
