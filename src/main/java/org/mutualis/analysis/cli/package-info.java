/**
 * The command line: the same analysis as the server, on files, for consultants and scripts.
 * Exposed to the application's main class only.
 */
@org.springframework.modulith.NamedInterface("cli")
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis.cli;
