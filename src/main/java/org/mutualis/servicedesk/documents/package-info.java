/**
 * The service desk's documents: the dashboards' ODS workbook ({@link
 * org.mutualis.servicedesk.documents.DashboardOds}) and the attendance certificate of a training
 * ({@link org.mutualis.servicedesk.documents.AttendanceCertificatePdf}). They read no clock: the
 * caller passes the day of issue.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.servicedesk.documents;
