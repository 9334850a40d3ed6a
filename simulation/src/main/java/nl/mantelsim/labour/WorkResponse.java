package nl.mantelsim.labour;

/**
 * What an employed carer does about work in a year of care (SCP 2019 and CBS 2024 distinguish these): nothing that
 * shows in hours (other hours, working from home), cutting hours, stopping for part of the year, leaving work, or
 * long-term sickness absence.
 */
public enum WorkResponse {
    NONE, REDUCE_HOURS, STOP_TEMPORARILY, LEAVE_WORK, SICKNESS_ABSENCE;

    public static final WorkResponse[] ALL = values();

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
