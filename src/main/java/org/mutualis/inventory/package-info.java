/**
 * The living inventory (issue 15): inventory agents enrolled per collectivité report to the EPCI's
 * Mutualis directly (GLPI Agent JSON, OCS Inventory / FusionInventory XML), or their tools' exports
 * are imported; each computer becomes a device with its history; the territory's rules classify
 * devices, operating systems and office suites onto the census indicators, and its lifecycle table
 * tells which are past end of support. Public API: {@link org.mutualis.inventory.Enrolments}, {@link
 * org.mutualis.inventory.AgentInventories}, {@link org.mutualis.inventory.InventoryImports}, {@link
 * org.mutualis.inventory.Devices}, {@link org.mutualis.inventory.InventoryRules}, {@link
 * org.mutualis.inventory.Lifecycles}, {@link org.mutualis.inventory.EndOfSupportCosts} (the euros
 * to replace machines past or near their end of support, at the census's mean costs; also the
 * synthesis page's « Fin de support » section, through analysis's {@code EndOfSupportFigures}) and
 * {@link org.mutualis.inventory.RenewalPlans} (the renewal plan year by year, its ODS workbook); see
 * docs/inventory.md.
 *
 * <p>Who may: the EPCI's administrator enrols agents and edits the rules; analysts and elected
 * officials read every collectivité's devices; a correspondent reads their own collectivité's only;
 * a technician sees nothing of it. The agents themselves hold no account: their enrolment token,
 * in the address they post to, is their credential.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "identity",
            "spreadsheet",
            "questionnaire",
            "census",
            "analysis",
            "analysis :: domain"
        })
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory;
