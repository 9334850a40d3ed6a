package nl.mantelsim.population;

/** A carer's relation to the person cared for (SCP distinguishes these; the care-labour tables name them). */
public enum CareRelation {
    NONE, PARTNER, PARENT, OTHER_KIN, NON_KIN;

    public static final CareRelation[] ALL = values();

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
