package org.mutualis.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The dependency graph: a cycle is always found and named, a graph in order never has one. */
class TaskGraphProperties {

    /** Edges only from a higher id to a lower one: a graph in topological order, never a cycle. */
    @Property
    void aGraphWhoseTasksOnlyFollowEarlierOnesHasNoCycle(
            @ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed) {
        Map<Long, Set<Long>> edges = forward(size, seed);

        assertThat(new TaskGraph(edges).cycle()).isEmpty();
    }

    /** Adding one backward edge on a path makes a cycle, and the cycle found is a real one. */
    @Property
    void aBackwardEdgeOnAChainMakesACycleAndItsPathFollowsRealEdges(
            @ForAll @IntRange(min = 2, max = 60) int size, @ForAll long seed) {
        Map<Long, Set<Long>> edges = forward(size, seed);
        // a chain 1 <- 2 <- ... <- size, then 1 after size
        for (long i = 2; i <= size; i++) {
            edges.computeIfAbsent(i, k -> new HashSet<>()).add(i - 1);
        }
        edges.computeIfAbsent(1L, k -> new HashSet<>()).add((long) size);

        List<Long> cycle = new TaskGraph(edges).cycle().orElseThrow();

        assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
        for (int i = 0; i + 1 < cycle.size(); i++) {
            // each is a predecessor of the next
            assertThat(edges.get(cycle.get(i + 1))).contains(cycle.get(i));
        }
    }

    @Example
    void aTaskAfterItselfThroughTwoOthersIsACycleOfThree() {
        Map<Long, Set<Long>> edges = new HashMap<>();
        edges.put(1L, Set.of(3L));
        edges.put(2L, Set.of(1L));
        edges.put(3L, Set.of(2L));

        List<Long> cycle = new TaskGraph(edges).cycle().orElseThrow();

        assertThat(cycle).hasSize(4);
        assertThat(new HashSet<>(cycle)).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Example
    void aLongChainIsWalkedWithoutOverflowingTheStack() {
        Map<Long, Set<Long>> edges = new HashMap<>();
        for (long i = 2; i <= 100_000; i++) {
            edges.put(i, Set.of(i - 1));
        }

        assertThat(new TaskGraph(edges).cycle()).isEmpty();
    }

    @Example
    void aSuccessorPlannedToStartBeforeItsPredecessorEndsIsOutOfOrderButTheSameDayIsNot() {
        Map<Long, Set<Long>> edges = Map.of(2L, Set.of(1L), 3L, Set.of(1L));
        Map<Long, TaskGraph.Planned> planned = Map.of(
                1L, new TaskGraph.Planned(1, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 31)),
                2L, new TaskGraph.Planned(2, LocalDate.of(2012, 1, 15), LocalDate.of(2012, 2, 28)),
                3L, new TaskGraph.Planned(3, LocalDate.of(2012, 1, 31), LocalDate.of(2012, 2, 28)));

        assertThat(new TaskGraph(edges).outOfOrder(planned)).containsExactly(new TaskGraph.OutOfOrder(1, 2));
    }

    private static Map<Long, Set<Long>> forward(int size, long seed) {
        java.util.Random random = new java.util.Random(seed);
        Map<Long, Set<Long>> edges = new HashMap<>();
        for (long i = 2; i <= size; i++) {
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                long p = 1 + random.nextInt((int) i - 1);
                edges.computeIfAbsent(i, x -> new HashSet<>()).add(p);
            }
        }
        return edges;
    }
}
