/**
 * Pages and JSON API of offers, savings, size classes and scenarios.
 */
@org.jspecify.annotations.NullMarked
package org.mutualis.savings.web;
