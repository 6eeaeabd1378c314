package org.mutualis.census.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small commune's complete, coherent answers to the 2026 four-theme questionnaire, as its
 * secretary would give them: the stored codes (choices as their codes, yes/no as oui/non, dates
 * as yyyy-MM-dd).
 */
final class JourneyAnswers {

    private JourneyAnswers() {}

    static final List<String> DOMAINS = List.of(
            "finance",
            "hr",
            "civil_status",
            "elections",
            "citizen_census",
            "cemeteries",
            "urbanism",
            "mail_crm",
            "deliberations",
            "procurement",
            "family",
            "online_payment",
            "archiving",
            "library",
            "gis",
            "website");

    static Map<String, String> all() {
        Map<String, String> a = new LinkedHashMap<>();
        // Infrastructure
        a.put("desktops_excl_schools", "3");
        a.put("laptops_excl_schools", "1");
        a.put("thin_clients_excl_schools", "0");
        a.put("mini_pcs_excl_schools", "0");
        a.put("main_brands", "HP, Dell");
        a.put("screens", "4");
        a.put("video_projectors", "1");
        a.put("schools_desktops", "2");
        a.put("schools_laptops", "0");
        a.put("schools_mini_pcs", "0");
        a.put("cybercommune_workstations", "0");
        a.put("os_xp", "0");
        a.put("os_vista", "0");
        a.put("os_7", "0");
        a.put("os_windows_8", "0");
        a.put("os_windows_10", "1");
        a.put("os_windows_11", "3");
        a.put("os_windows_ce", "0");
        a.put("os_linux", "0");
        a.put("os_other_open_source", "0");
        a.put("office_2003_or_older", "0");
        a.put("office_2007", "0");
        a.put("office_2010", "0");
        a.put("office_2013", "0");
        a.put("office_2016_2019", "1");
        a.put("office_2021", "0");
        a.put("office_m365", "2");
        a.put("openoffice", "0");
        a.put("libreoffice", "1");
        a.put("avg_lifespan_years", "6");
        a.put("avg_cost_desktop_eur_ht", "850");
        a.put("avg_cost_laptop_eur_ht", "1100");
        a.put("maintenance_contract", "partial");
        a.put("servers", "1");
        a.put("server_roles", "Fichiers et logiciels de la mairie");
        a.put("avg_cost_server_eur_ht", "3500");
        a.put("backup_tape", "non");
        a.put("backup_external_disk", "oui");
        a.put("backup_nas", "non");
        a.put("backup_online", "oui");
        a.put("backup_frequency", "weekly");
        a.put("backup_offsite_copy", "oui");
        a.put("internet_access_kind", "fibre");
        a.put("internet_bandwidth_mbps", "300");
        a.put("antivirus", "oui");
        a.put("firewall", "non");
        // Telecom
        a.put("tel_analogue_lines", "2");
        a.put("tel_isdn_accesses", "0");
        a.put("tel_sda_numbers", "0");
        a.put("tel_fax_lines", "0");
        a.put("tel_ip_lines", "1");
        a.put("tel_adsl_accesses", "0");
        a.put("tel_fibre_accesses", "1");
        a.put("tel_4g_accesses", "0");
        a.put("tel_mobile_lines", "2");
        a.put("tel_data_keys", "0");
        a.put("tel_fixed_operator", "Orange");
        a.put("tel_mobile_operator", "Bouygues Telecom");
        a.put("tel_monthly_cost_fixed_lines", "45");
        a.put("tel_monthly_cost_internet", "60");
        a.put("tel_monthly_cost_mobile", "30");
        a.put("tel_monthly_cost_data_keys", "0");
        a.put("tel_fixed_contract_end_date", "2027-06-30");
        a.put("tel_fixed_commitment_months", "36");
        a.put("tel_mobile_contract_end_date", "2026-12-31");
        a.put("tel_mobile_commitment_months", "24");
        // Printing
        a.put("prn_printers", "2");
        a.put("prn_mfp_copiers", "1");
        a.put("prn_owned", "2");
        a.put("prn_leased", "1");
        a.put("prn_monthly_volume_bw", "1500");
        a.put("prn_monthly_volume_color", "300");
        a.put("prn_cost_per_copy_bw", "0,006");
        a.put("prn_cost_per_copy_color", "0,05");
        a.put("prn_mfp_purchase_price_eur_ht", "2500");
        a.put("prn_mfp_monthly_lease_eur_ht", "90");
        a.put("prn_lease_duration_months", "60");
        a.put("prn_supplier", "Bureau Vallée Morlaix");
        a.put("prn_contract_end_date", "2028-03-31");
        // Software
        for (String d : DOMAINS) {
            a.put("sw_" + d + "_publisher", "Berger-Levrault");
            a.put("sw_" + d + "_product", "e.magnus");
            a.put("sw_" + d + "_hosting", d.equals("website") ? "saas" : "hosted");
            a.put("sw_" + d + "_maintenance_eur_ht", "400");
            if (d.equals("website")) {
                a.put("sw_website_cms", "WordPress");
                a.put("sw_website_host", "Mégalis Bretagne");
                a.put("sw_website_online_services", "Réservation de la salle polyvalente");
            }
        }
        String[] objectives = {
            "cost_reduction",
            "software_reorganisation",
            "internal_uses",
            "citizen_services",
            "renew_software_website",
            "specifications_help",
            "technical_assistance"
        };
        for (int i = 0; i < objectives.length; i++) {
            a.put("sw_obj_" + objectives[i], String.valueOf(i + 1));
        }
        return a;
    }

    /** A date as a person types it in a text field (dd/MM/yyyy). */
    static String french(String isoDate) {
        String[] p = isoDate.split("-");
        return p[2] + "/" + p[1] + "/" + p[0];
    }
}
