/** The inventory's documents: the renewal plan as an ODS workbook for the communes' budgets. */
@org.jspecify.annotations.NullMarked
package org.mutualis.inventory.documents;
