/**
 * Census files on the command line, without the server: blank or pre-filled workbooks to send to
 * collectivités, and the same all-or-nothing check an import makes. Exposed to the main class.
 */
@org.springframework.modulith.NamedInterface("cli")
@org.jspecify.annotations.NullMarked
package org.mutualis.census.cli;
