@org.jspecify.annotations.NullMarked
package org.mutualis.analysis.app;
