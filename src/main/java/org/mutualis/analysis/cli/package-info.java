/** The command line: the same analysis as the server, on files, for consultants and scripts. */
@org.jspecify.annotations.NullMarked
package org.mutualis.analysis.cli;
