@org.jspecify.annotations.NullMarked
package org.mutualis.census.web;
