package nl.mantelsim.engine;

/**
 * Why a random number is drawn. The purpose is part of the draw's key, so adding a new decision never shifts the
 * numbers that existing decisions see, and a scenario that skips a decision does not disturb the others.
 * Append new purposes at the end: the ordinal is part of the key.
 */
public enum Purpose {
    INTEGERISATION,
    AGE_WITHIN_CELL,
    WORK_HOURS,
    WAGE,
    CARE_HOURS,
    CARE_DURATION,
    CARE_NEED_LATENT,
    BIJSTAND,
    COST_SHARER,
    LIVES_WITH_RECEIVER,
    MORTALITY,
    BIRTH,
    NEWBORN_SEX,
    NEWBORN_ID,
    MIGRATION,
    IMMIGRANT_ID,
    CARE_START,
    CARE_STOP,
    CARE_INTENSITY,
    EMPLOYMENT_EXIT,
    EMPLOYMENT_ENTRY,
    HOURS_REDUCTION,
    LEAVE_TAKEUP,
    RESPITE_USE,
    MOVE_IN_WITH_RECEIVER,
    REPLICATION_SEED,
    HOUSEHOLD_ORDER,
    CHILDREN_WANTED,
    MOTHER_AGE_GAP,
    PARITY,
    OTHER_MEMBER_PAIRING,
    CARE_RELATION,
    HOURS_RECEIVED,
    CARE_LONG_DURATION,
    HOUSEHOLD_ID,
    LABOUR_STATUS,
    WORK_RESPONSE,
    SELF_EMPLOYED,
    HOLIDAY_DAYS_FOR_CARE,
    HOURS_RESTORE,
    RETIREMENT
}
