package org.mutualis.servicefinance.domain.sharing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mutualis.servicefinance.domain.costs.Money;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;

/**
 * Hamilton's method (largest remainder) in cents, exact throughout:
 *
 * <ol>
 *   <li>the total is rounded half up to the cent: T cents; the weights sum to W;
 *   <li>each party's quota is T × w ÷ W cents; it first gets the quota rounded down;
 *   <li>the cents left over (T − Σ rounded-down quotas, between 0 and the number of parties − 1)
 *       go one each to the parties with the largest remainders (T × w mod W, compared exactly);
 *   <li>ties between equal remainders: the party that comes first in the given list wins —
 *       callers list collectivités by code, statement lines by date then source, so that the
 *       result never depends on a map's order.
 * </ol>
 *
 * Hence: the parts sum to T exactly; none is negative; each is within one cent of its exact share
 * (strictly less than one cent away); a party of weight 0 gets 0.
 */
public final class LargestRemainder {

    public static final String REFUSED = "servicefinance.rules.allocation.refused";

    private LargestRemainder() {}

    public static <K> List<Allocated<K>> allocate(BigDecimal total, List<Share<K>> shares) {
        List<Problem> problems = new ArrayList<>();
        if (total.signum() < 0) {
            problems.add(Problem.of("total", "servicefinance.rules.allocation.negativeTotal", total.toPlainString()));
        }
        BigDecimal weights = BigDecimal.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal weight = shares.get(i).weight();
            if (weight.signum() < 0) {
                problems.add(Problem.of(
                        "shares[" + i + "].weight",
                        "servicefinance.rules.allocation.negativeWeight",
                        weight.toPlainString()));
            }
            weights = weights.add(weight);
        }
        BigInteger cents = Money.cents(total).movePointRight(Money.MONEY_SCALE).toBigIntegerExact();
        if (problems.isEmpty() && cents.signum() > 0 && weights.signum() == 0) {
            problems.add(Problem.of("shares", "servicefinance.rules.allocation.noWeight", total.toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, REFUSED);
        }
        if (shares.isEmpty() || cents.signum() == 0) {
            return shares.stream()
                    .map(s -> new Allocated<>(
                            s.key(),
                            s.weight(),
                            BigDecimal.ZERO.setScale(Money.EXACT_SCALE),
                            BigDecimal.ZERO.setScale(Money.MONEY_SCALE),
                            false))
                    .toList();
        }
        // Scale the weights to integers with one common scale: quota_i = T·w_i / W exactly.
        int scale = shares.stream()
                .mapToInt(s -> Math.max(0, s.weight().scale()))
                .max()
                .orElse(0);
        BigInteger denominator = weights.movePointRight(scale).toBigIntegerExact();
        BigInteger[] floors = new BigInteger[shares.size()];
        BigInteger[] remainders = new BigInteger[shares.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < shares.size(); i++) {
            BigInteger numerator =
                    cents.multiply(shares.get(i).weight().movePointRight(scale).toBigIntegerExact());
            BigInteger[] division = numerator.divideAndRemainder(denominator);
            floors[i] = division[0];
            remainders[i] = division[1];
            given = given.add(division[0]);
        }
        boolean[] extra = extraCents(cents.subtract(given).intValueExact(), remainders);
        BigDecimal exactTotal = new BigDecimal(cents, Money.MONEY_SCALE);
        List<Allocated<K>> result = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Share<K> share = shares.get(i);
            BigInteger amount = extra[i] ? floors[i].add(BigInteger.ONE) : floors[i];
            BigDecimal exact =
                    exactTotal.multiply(share.weight()).divide(weights, Money.EXACT_SCALE, RoundingMode.HALF_UP);
            result.add(new Allocated<>(
                    share.key(), share.weight(), exact, new BigDecimal(amount, Money.MONEY_SCALE), extra[i]));
        }
        return result;
    }

    /**
     * Rounds exact amounts to the cent so that they sum to their exact sum rounded half up to the
     * cent: each first gets its amount rounded down to the cent, and the cents left over go one
     * each to the largest fractions of a cent lost (ties: first in the list). Each part is its
     * exact amount rounded down or up, never further. Used where the exact amounts are known
     * (unit cost × units) and only their rounding must neither lose nor create a cent.
     */
    public static <K> List<Allocated<K>> roundKeepingSum(List<Share<K>> exactAmounts) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < exactAmounts.size(); i++) {
            BigDecimal amount = exactAmounts.get(i).weight();
            if (amount.signum() < 0) {
                problems.add(Problem.of(
                        "shares[" + i + "].weight",
                        "servicefinance.rules.allocation.negativeWeight",
                        amount.toPlainString()));
            }
            sum = sum.add(amount);
        }
        if (!problems.isEmpty()) {
            throw new RejectedException(problems, REFUSED);
        }
        BigInteger target = Money.cents(sum).movePointRight(Money.MONEY_SCALE).toBigIntegerExact();
        BigInteger[] floors = new BigInteger[exactAmounts.size()];
        BigDecimal[] remainders = new BigDecimal[exactAmounts.size()];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < exactAmounts.size(); i++) {
            BigDecimal inCents = exactAmounts.get(i).weight().movePointRight(Money.MONEY_SCALE);
            floors[i] = inCents.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
            remainders[i] = inCents.subtract(new BigDecimal(floors[i]));
            given = given.add(floors[i]);
        }
        boolean[] extra = extraCents(target.subtract(given).intValueExact(), remainders);
        List<Allocated<K>> result = new ArrayList<>();
        for (int i = 0; i < exactAmounts.size(); i++) {
            Share<K> share = exactAmounts.get(i);
            BigInteger amount = extra[i] ? floors[i].add(BigInteger.ONE) : floors[i];
            result.add(new Allocated<>(
                    share.key(), share.weight(), share.weight(), new BigDecimal(amount, Money.MONEY_SCALE), extra[i]));
        }
        return result;
    }

    /** Which parties get one of the {@code left} cents: the largest remainders, then the first listed. */
    private static <R extends Comparable<R>> boolean[] extraCents(int left, R[] remainders) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < remainders.length; i++) {
            order.add(i);
        }
        order.sort(
                Comparator.<Integer, R>comparing(i -> remainders[i]).reversed().thenComparing(i -> i));
        boolean[] extra = new boolean[remainders.length];
        for (int k = 0; k < left; k++) {
            extra[order.get(k)] = true;
        }
        return extra;
    }
}
