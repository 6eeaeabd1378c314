/**
 * Spreadsheet files (CSV, XLSX, ODS) as plain grids of cell texts, read safely (size, row and zip-bomb limits, no external XML entities) and written with typed cells. Knows nothing of questionnaires; the census gives the cells their meaning.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package org.mutualis.spreadsheet;
