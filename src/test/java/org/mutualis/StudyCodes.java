package org.mutualis;

/**
 * The codes of the 2012 Morlaix Communauté study that tests of every module name: the EPCI's SIREN
 * and its communes' INSEE codes, as in {@code shared/data/etude-2012/collectivites-2012.csv}.
 * Named once here, so that a test says which collectivité it means.
 */
public final class StudyCodes {

    /** Morlaix Communauté, the EPCI of the study. */
    public static final String EPCI_SIREN = "242900835";

    public static final String MORLAIX = "29151";
    public static final String BOTSORHEL = "29014";
    public static final String CARANTEC = "29023";
    public static final String GARLAN = "29059";
    public static final String GUERLESQUIN = "29067";
    public static final String LANNEANOU = "29114";
    public static final String LOCQUIREC = "29133";
    public static final String PLOUGONVEN = "29191";
    public static final String PLOUIGNEAU = "29199";
    public static final String SAINT_MARTIN_DES_CHAMPS = "29254";
    public static final String SAINT_THEGONNEC = "29266";
    public static final String TAULE = "29279";

    /** Two communes déléguées since the mergers: they have no population of their own. */
    public static final String LOC_EGUINER = "29127";

    public static final String LE_PONTHOU = "29219";

    private StudyCodes() {}
}
