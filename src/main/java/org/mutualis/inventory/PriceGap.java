package org.mutualis.inventory;

/** Why a kind of machine has no mean cost (or the plan no mean lifespan): it is unpriced, not free. */
public enum PriceGap {
    /** The territory has no campaign whose census date is today or before. */
    NO_CAMPAIGN,
    /** The campaign's questionnaire does not ask it. */
    NOT_ASKED,
    /** Nobody answered it: « non renseigné ». */
    NOT_PROVIDED,
    /** The statistical secret hides it from this reader (too few other respondents). */
    SECRET,
    /** The census prices no such kind (tablets, other devices, virtual machines). */
    NO_SUCH_COST
}
