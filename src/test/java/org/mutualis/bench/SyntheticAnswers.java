package org.mutualis.bench;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.mutualis.questionnaire.Indicator;
import org.mutualis.questionnaire.Question;
import org.mutualis.questionnaire.Questionnaire;
import org.mutualis.shared.AnswerValue;

/**
 * Plausible answers to the Infrastructure questionnaire, shaped on the 2012 study: about one
 * collectivité in three answers; a park of roughly one desktop per 150 inhabitants, split over
 * operating systems and office suites device by device; some NC, a few share groups that do not
 * add up and a few implausible costs, so that the warnings are computed too. A question this class
 * does not know gets a value from its indicator's aggregation, so new questions still get answers.
 */
final class SyntheticAnswers {

    private static final String[] OS = {"os_xp", "os_vista", "os_7", "os_windows_ce", "os_other_open_source"};
    private static final int[] OS_PERCENT = {45, 5, 35, 5, 10};
    private static final String[] OFFICE = {"office_2003_or_older", "office_2007", "office_2010", "openoffice"};
    private static final int[] OFFICE_PERCENT = {45, 20, 20, 15};
    private static final List<String> MAINTENANCE = List.of("yes", "no", "partial");

    private final Questionnaire questionnaire;
    private final Random random;

    SyntheticAnswers(Questionnaire questionnaire, Random random) {
        this.questionnaire = questionnaire;
        this.random = random;
    }

    /** One time in three, the answers of a collectivité with about {@code desktops} desktops. */
    Optional<Map<String, AnswerValue>> maybe(int desktops) {
        return random.nextInt(3) == 0 ? Optional.of(answers(desktops)) : Optional.empty();
    }

    Map<String, AnswerValue> answers(int scale) {
        int desktops = scale / 2 + random.nextInt(scale + 1);
        int laptops = desktops / 10 + random.nextInt(desktops / 4 + 2);
        Map<String, Integer> os = split(desktops + laptops, OS, OS_PERCENT);
        Map<String, Integer> office = split(desktops + laptops, OFFICE, OFFICE_PERCENT);
        // OpenOffice often sits next to an old Microsoft Office on the same PC (Morlaix, 2012).
        office.merge("openoffice", random.nextInt(desktops / 3 + 1), Integer::sum);
        if (random.nextInt(100) < 15) {
            os.merge(OS[random.nextInt(OS.length)], 1 + random.nextInt(3), Integer::sum);
        }

        Map<String, AnswerValue> row = new LinkedHashMap<>();
        for (Question question : questionnaire.questions()) {
            Indicator indicator = questionnaire.indicatorOf(question);
            AnswerValue value = switch (indicator.code()) {
                case "desktops_excl_schools" -> orNc(2, AnswerValue.of(desktops));
                case "laptops_excl_schools" -> orNc(3, AnswerValue.of(laptops));
                case "avg_lifespan_years" -> orNc(15, AnswerValue.of(3 + random.nextInt(6)));
                case "avg_cost_desktop_eur_ht" -> orNc(15, cost(40_000, 90_000));
                case "avg_cost_laptop_eur_ht" -> laptops == 0 ? AnswerValue.nc() : orNc(25, cost(50_000, 70_000));
                case "maintenance_contract" -> orNc(5, new AnswerValue.Text(pick(MAINTENANCE)));
                default -> {
                    Integer count =
                            os.containsKey(indicator.code()) ? os.get(indicator.code()) : office.get(indicator.code());
                    yield count != null ? orNc(3, AnswerValue.of(count)) : any(indicator);
                }
            };
            row.put(question.code(), value);
        }
        return row;
    }

    /** Draws a bucket for each device: realistic spreads at the cost of a loop per device. */
    private Map<String, Integer> split(int devices, String[] codes, int[] percents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String code : codes) {
            counts.put(code, 0);
        }
        for (int d = 0; d < devices; d++) {
            int draw = random.nextInt(100);
            int i = 0;
            while (draw >= percents[i]) {
                draw -= percents[i++];
            }
            counts.merge(codes[i], 1, Integer::sum);
        }
        return counts;
    }

    /** Euros with cents; one in a hundred is implausibly high (a total typed for a unit price). */
    private AnswerValue cost(int minCents, int spreadCents) {
        long cents = minCents + random.nextInt(spreadCents);
        if (random.nextInt(100) == 0) {
            cents *= 25;
        }
        return new AnswerValue.Numeric(BigDecimal.valueOf(cents, 2));
    }

    private AnswerValue orNc(int ncPercent, AnswerValue value) {
        return random.nextInt(100) < ncPercent ? AnswerValue.nc() : value;
    }

    private AnswerValue any(Indicator indicator) {
        return switch (indicator.aggregation()) {
            case COUNT, SHARE, RANK -> AnswerValue.of(random.nextInt(10));
            case AMOUNT -> cost(10_000, 1_000_000);
            case MEAN_VALUE -> AnswerValue.of(meanValue(indicator));
            case YES_NO -> new AnswerValue.Text(random.nextBoolean() ? "oui" : "non");
            case CHOICE ->
                indicator.choices().isEmpty() ? AnswerValue.nc() : new AnswerValue.Text(pick(indicator.choices()));
            default -> new AnswerValue.Text("texte");
        };
    }

    private long meanValue(Indicator indicator) {
        long min =
                indicator.plausibleMin() == null ? 1 : indicator.plausibleMin().longValue();
        long max = indicator.plausibleMax() == null
                ? min + 10
                : indicator.plausibleMax().longValue();
        return min + random.nextInt((int) Math.max(1, max - min + 1));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
