/** Pages and JSON API of offers, savings, scenarios, group procurements, calendar and assessments. */
@org.jspecify.annotations.NullMarked
package org.mutualis.procurement.web;
