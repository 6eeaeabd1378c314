package org.mutualis.procurement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.CampaignData;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.shared.AnswerValue;
import org.springframework.stereotype.Component;

/**
 * Members' current contract ends from the census: for telecom the later of the fixed and mobile
 * contracts, for printing the lease or maintenance contract, read from the territory's most recent
 * campaign (by census date) that has such answers. Other themes have no census date.
 */
@Component
class ContractEnds {

    static final List<String> TELECOM = List.of("tel_fixed_contract_end_date", "tel_mobile_contract_end_date");
    static final List<String> PRINTING = List.of("prn_contract_end_date");

    private final Campaigns campaigns;

    ContractEnds(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    static List<String> questions(@Nullable String theme) {
        if ("TELECOM".equals(theme)) {
            return TELECOM;
        }
        return "PRINTING".equals(theme) ? PRINTING : List.of();
    }

    /** By collectivité code; empty when the theme has no census date or no campaign answered it. */
    Map<String, ContractEndSuggestion> suggestions(long territoryId, @Nullable String theme) {
        return suggestions(territoryId, theme, null);
    }

    /**
     * The same, from censuses taken no later than {@code notAfter}: a census taken after a
     * procurement was published does not describe the contracts its members had then.
     */
    Map<String, ContractEndSuggestion> suggestions(
            long territoryId, @Nullable String theme, @Nullable LocalDate notAfter) {
        List<String> codes = questions(theme);
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<CampaignSummary> recentFirst = campaigns.all().stream()
                .filter(c -> c.territoryId() == territoryId)
                .filter(c -> notAfter == null || !c.censusDate().isAfter(notAfter))
                .sorted(Comparator.comparing(CampaignSummary::censusDate).reversed())
                .toList();
        for (CampaignSummary campaign : recentFirst) {
            Map<String, ContractEndSuggestion> found = read(campaigns.data(campaign.id()), codes);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return Map.of();
    }

    private static Map<String, ContractEndSuggestion> read(CampaignData data, List<String> codes) {
        Map<String, ContractEndSuggestion> found = new LinkedHashMap<>();
        data.answers().forEach((collectivity, answers) -> {
            LocalDate latest = null;
            for (String code : codes) {
                LocalDate date = date(answers.get(code));
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
            }
            if (latest != null) {
                found.put(
                        collectivity,
                        new ContractEndSuggestion(
                                collectivity,
                                latest,
                                data.campaign().name(),
                                data.campaign().censusDate(),
                                String.join(", ", codes)));
            }
        });
        return found;
    }

    /** A DATE answer is the text yyyy-MM-dd; NC and anything else give no date. */
    private static @Nullable LocalDate date(@Nullable AnswerValue value) {
        if (value instanceof AnswerValue.Text text) {
            try {
                return LocalDate.parse(text.value().strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
