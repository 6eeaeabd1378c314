package org.mutualis;

import java.util.UUID;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;

/**
 * The demo's territory, campaigns and collectivités as tests look them up, and throw-away
 * correspondent accounts for a collectivité (so that a test never changes a demo account).
 * Built from the services of a context where the demo is loaded (not a bean: test sources are
 * on the component-scan path of every test context).
 */
public class DemoWorld {

    /** The study's first campaign (closed: the 2012 study is read-only in the demo). */
    public static final String STUDY_2012 = "Infrastructure & Réseaux 2012";

    public static final String PASSWORD = "Un mot de passe de test, assez long 2026";

    private final Territories territories;
    private final Campaigns campaigns;
    private final Accounts accounts;

    public DemoWorld(Territories territories, Campaigns campaigns, Accounts accounts) {
        this.territories = territories;
        this.campaigns = campaigns;
        this.accounts = accounts;
    }

    public TerritorySummary territory() {
        return territories.all().stream()
                .filter(t -> t.name().contains("Morlaix"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo territory is not loaded"));
    }

    /** A campaign of the demo by its exact name. */
    public CampaignSummary campaign(String name) {
        return campaigns.all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo campaign named " + name));
    }

    /** The open 2026 census (four themes, invented answers). */
    public CampaignSummary census2026() {
        return campaigns.all().stream()
                .filter(c -> c.name().startsWith("Recensement 2026"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo's 2026 census is not loaded"));
    }

    public CampaignSummary study2012() {
        return campaign(STUDY_2012);
    }

    /** A collectivité of the demo territory by its INSEE code (or SIREN for the EPCI). */
    public CollectivityView collectivity(String code) {
        return territories.collectivities(territory().id()).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no collectivité " + code + " in the demo"));
    }

    /**
     * A new correspondent account for the collectivité, with a unique name starting with
     * {@code prefix}; its password is {@link #PASSWORD}. Returns the username.
     */
    public String newCorrespondent(String prefix, String code) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(
                username,
                "Secrétariat de mairie (test)",
                Role.CORRESPONDENT,
                collectivity(code).id(),
                PASSWORD));
        return username;
    }
}
