/**
 * The programme's rules in plain Java: phases, task kinds and what each one follows, the status a
 * task takes from the work, lateness, the dependency graph (no cycle, finish-to-start dates), the
 * study's programme and the tree with its progress.
 */
@org.springframework.modulith.NamedInterface("domain")
@org.jspecify.annotations.NullMarked
package org.mutualis.programme.domain;
