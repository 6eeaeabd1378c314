/**
 * Answer files and workbooks: reading, checking and writing the sheets of a campaign.
 */
@org.springframework.modulith.NamedInterface("files")
@org.jspecify.annotations.NullMarked
package org.mutualis.census.files;
