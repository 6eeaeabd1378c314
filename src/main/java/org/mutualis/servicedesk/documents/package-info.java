/** The service desk's documents: the dashboards' ODS workbook, the attendance certificates. */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.documents;
