package org.mutualis.analysis.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.mutualis.analysis.domain.Figure;
import org.mutualis.census.CampaignData;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.territory.CollectivityView;

/**
 * A correspondent sees the territory's figures but not the other collectivités' answers, which a
 * figure's inputs and formula would reveal: for them only the method and their own inputs show.
 */
final class FigureAccess {

    private FigureAccess() {}

    static boolean showsDetails(CurrentUser user) {
        return user.role() != Role.CORRESPONDENT;
    }

    static Figure forUser(Figure figure, CurrentUser user, CampaignData data) {
        if (showsDetails(user)) {
            return figure;
        }
        String own = ownCode(user, data);
        return new Figure(
                figure.id(),
                figure.value(),
                figure.method(),
                "",
                figure.terms().stream()
                        .filter(t -> t.collectivityCode().equals(own))
                        .toList(),
                figure.notes().stream()
                        .filter(n -> own.equals(n.collectivityCode()))
                        .toList());
    }

    /** The code of the user's own collectivité, or "" when they have none. */
    static String ownCode(CurrentUser user, CampaignData data) {
        return data.collectivities().stream()
                .filter(c -> user.collectivityId() != null && c.id() == user.collectivityId())
                .map(CollectivityView::code)
                .findFirst()
                .orElse("");
    }

    static Map<String, String> names(CampaignData data) {
        return data.collectivities().stream()
                .collect(Collectors.toMap(CollectivityView::code, CollectivityView::name, (a, b) -> a));
    }
}
