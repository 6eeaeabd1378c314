/** Territory pages (Thymeleaf) and JSON API; errors become French messages or problem documents. */
@org.jspecify.annotations.NullMarked
package org.mutualis.territory.web;
