@org.jspecify.annotations.NullMarked
package org.mutualis.programme.web;
