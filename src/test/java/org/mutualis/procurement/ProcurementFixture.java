package org.mutualis.procurement;

import static org.mutualis.StudyCodes.BOTSORHEL;
import static org.mutualis.StudyCodes.MORLAIX;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.BandSettings;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.NewCampaign;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;

/**
 * A territory of its own (the 2012 study's, through the real services) and group procurements
 * on it, built field by field so each test changes only what it is about.
 */
public final class ProcurementFixture {

    public record Loaded(TerritorySummary territory, Territories territories) {

        public CollectivityView collectivity(String code) {
            return territories.collectivities(territory.id()).stream()
                    .filter(c -> c.code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }

        public long id(String code) {
            return collectivity(code).id();
        }
    }

    private ProcurementFixture() {}

    public static Loaded territory(Territories territories, Campaigns campaigns, AnswerFiles files) {
        CensusFixture.Loaded loaded = CensusFixture.study2012(territories, campaigns, files, false);
        return new Loaded(loaded.territory(), territories);
    }

    /** A telecom census whose answers give contract end dates: rows of code, fixed end, mobile end. */
    public static CampaignSummary telecomCensus(
            Campaigns campaigns, AnswerFiles files, Loaded t, LocalDate censusDate, String name, String... rows) {
        CampaignSummary campaign = campaigns.open(
                NewCampaign.of(t.territory().id(), "telecom", 1, name, censusDate, BandSettings.study2012()),
                CensusFixture.STAFF);
        StringBuilder csv = new StringBuilder(
                "code,name,tel_analogue_lines,tel_mobile_lines,tel_fixed_contract_end_date,tel_mobile_contract_end_date\n");
        for (String row : rows) {
            String[] cells = row.split(",", -1);
            csv.append(cells[0])
                    .append(',')
                    .append(t.collectivity(cells[0]).name())
                    .append(",2,3,")
                    .append(cells[1])
                    .append(',')
                    .append(cells[2])
                    .append('\n');
        }
        files.importAnswers(
                campaign.id(),
                "telecom.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                CensusFixture.STAFF);
        return campaign;
    }

    /** A valid groupement de commandes of 2012: Morlaix coordinates, Botsorhel joins at its contract's end. */
    public static Builder group(Loaded t) {
        Builder b = new Builder(t);
        b.subject = "Téléphonie fixe et mobile " + t.territory().referenceYear();
        b.theme = "TELECOM";
        b.procedureKind = ProcedureKind.PURCHASING_GROUP;
        b.coordinatorId = t.id(MORLAIX);
        b.conventionSignedOn = LocalDate.of(2012, 3, 1);
        b.award = AwardProcedure.ADAPTED;
        b.milestones = new Milestones(
                LocalDate.of(2012, 1, 10),
                LocalDate.of(2012, 2, 1),
                LocalDate.of(2012, 4, 1),
                LocalDate.of(2012, 6, 1),
                LocalDate.of(2012, 6, 15),
                LocalDate.of(2012, 7, 1),
                LocalDate.of(2015, 6, 30));
        b.lots.add(new ProcurementForm.LotLine("Téléphonie fixe", new BigDecimal("90000")));
        b.lots.add(new ProcurementForm.LotLine("Téléphonie mobile", new BigDecimal("60000")));
        b.member(MORLAIX, null, null, LocalDate.of(2012, 2, 15));
        b.member(BOTSORHEL, LocalDate.of(2013, 12, 31), null, LocalDate.of(2012, 2, 20));
        return b;
    }

    /** A valid accord-cadre of 2012 at bons de commande, 48 months, with a maximum. */
    public static Builder framework(Loaded t) {
        Builder b = group(t);
        b.subject = "Matériel informatique " + t.territory().referenceYear();
        b.theme = "HARDWARE";
        b.procedureKind = ProcedureKind.FRAMEWORK_AGREEMENT;
        b.coordinatorId = null;
        b.conventionSignedOn = null;
        b.maximum = new BigDecimal("180000");
        b.duration = 36;
        b.execution = ExecutionMode.PURCHASE_ORDERS;
        return b;
    }

    /** A procurement under construction. */
    public static final class Builder {
        private final Loaded t;
        public String subject = "";
        public String theme = "TELECOM";
        public ProcedureKind procedureKind = ProcedureKind.PURCHASING_GROUP;
        public @Nullable Long coordinatorId;
        public @Nullable LocalDate conventionSignedOn;
        public boolean permanent;
        public boolean multiHolder;
        public @Nullable BigDecimal maximum;
        public @Nullable Integer duration;
        public @Nullable ExecutionMode execution;
        public @Nullable String centralBody;
        public @Nullable AwardProcedure award;
        public Milestones milestones = new Milestones(null, null, null, null, null, null, null);
        public final List<ProcurementForm.LotLine> lots = new ArrayList<>();
        public final List<ProcurementForm.MemberLine> members = new ArrayList<>();

        Builder(Loaded t) {
            this.t = t;
        }

        public Builder member(
                String code,
                @Nullable LocalDate contractEnd,
                @Nullable LocalDate joined,
                @Nullable LocalDate deliberation) {
            members.add(new ProcurementForm.MemberLine(t.id(code), contractEnd, joined, deliberation));
            return this;
        }

        public ProcurementForm form() {
            return new ProcurementForm(
                    t.territory().id(),
                    subject,
                    theme,
                    ThresholdKind.SUPPLIES_AND_SERVICES,
                    procedureKind,
                    coordinatorId,
                    conventionSignedOn,
                    permanent,
                    multiHolder,
                    maximum,
                    duration,
                    execution,
                    centralBody,
                    award,
                    milestones,
                    List.copyOf(lots),
                    List.copyOf(members));
        }
    }
}
