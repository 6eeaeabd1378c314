package org.mutualis.programme.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The finish-to-start dependencies of a programme's tasks: a task starts once each of its
 * predecessors has ended. No cycle is allowed, and planned dates must agree with the order.
 */
public final class TaskGraph {

    /** A task's planned dates, for the order checks. */
    public record Planned(
            long id, @Nullable LocalDate start, @Nullable LocalDate end) {}

    /** A successor planned to start before one of its predecessors ends. */
    public record OutOfOrder(long predecessor, long successor) {}

    private final Map<Long, Set<Long>> predecessors;

    /** @param predecessors for each task id, the ids of the tasks it starts after */
    public TaskGraph(Map<Long, Set<Long>> predecessors) {
        this.predecessors = predecessors;
    }

    /**
     * A cycle, as the ids along it with the first repeated at the end ({@code [a, b, a]}), or
     * empty when there is none. Iterative depth-first search: a long chain does not overflow.
     */
    public Optional<List<Long>> cycle() {
        Map<Long, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (Long root : predecessors.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Long> path = new ArrayDeque<>();
            Deque<Iterator<Long>> iterators = new ArrayDeque<>();
            path.push(root);
            iterators.push(next(root));
            state.put(root, 1);
            while (!path.isEmpty()) {
                Iterator<Long> it = iterators.peek();
                if (it.hasNext()) {
                    Long p = it.next();
                    Integer s = state.get(p);
                    if (s == null) {
                        state.put(p, 1);
                        path.push(p);
                        iterators.push(next(p));
                    } else if (s == 1) {
                        return Optional.of(cycleFrom(path, p));
                    }
                } else {
                    state.put(path.pop(), 2);
                    iterators.pop();
                }
            }
        }
        return Optional.empty();
    }

    private Iterator<Long> next(Long id) {
        return predecessors.getOrDefault(id, Set.of()).iterator();
    }

    /**
     * The stack from its top down to {@code start}, then its top again: each task is a predecessor
     * of the next one.
     */
    private static List<Long> cycleFrom(Deque<Long> path, Long start) {
        List<Long> cycle = new ArrayList<>();
        for (Long id : path) { // top of the stack first
            cycle.add(id);
            if (id.equals(start)) {
                break;
            }
        }
        cycle.add(cycle.get(0));
        return List.copyOf(cycle);
    }

    /**
     * Every dependency whose successor is planned to start before its predecessor ends (the same
     * day is allowed: a milestone ends and the next task starts that day).
     */
    public List<OutOfOrder> outOfOrder(Map<Long, Planned> planned) {
        List<OutOfOrder> found = new ArrayList<>();
        predecessors.forEach((task, preds) -> {
            Planned t = planned.get(task);
            if (t == null || t.start() == null) {
                return;
            }
            for (Long p : preds) {
                Planned before = planned.get(p);
                LocalDate end = before == null ? null : before.end();
                if (end != null && t.start().isBefore(end)) {
                    found.add(new OutOfOrder(p, task));
                }
            }
        });
        return found;
    }
}
