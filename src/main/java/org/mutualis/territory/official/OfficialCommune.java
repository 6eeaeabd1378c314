package org.mutualis.territory.official;

import org.jspecify.annotations.Nullable;

/**
 * The part of a {@code communes.json} entry the import needs: an existing commune with its
 * population, or a commune déléguée / associée ({@code chefLieu} set) that was merged into one.
 */
public record OfficialCommune(
        String code,
        String name,
        String type,
        @Nullable String siren,
        @Nullable Integer population,
        @Nullable String chefLieu) {

    public boolean current() {
        return "commune-actuelle".equals(type);
    }

    /**
     * A former commune now part of its chef-lieu. The chef-lieu's own "commune déléguée" entry
     * shares the chef-lieu's code: it is the same place, not a merged commune.
     */
    public boolean merged() {
        return ("commune-deleguee".equals(type) || "commune-associee".equals(type))
                && chefLieu != null
                && !chefLieu.equals(code);
    }
}
