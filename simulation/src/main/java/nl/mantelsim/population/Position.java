package nl.mantelsim.population;

/**
 * Position in the household, as CBS counts persons (StatLine 37620 / 71488ned): living alone, partner in a couple
 * without or with children at home, child living at home, parent in a single-parent household, other member
 * of a private household, resident of an institution.
 */
public enum Position {
    SINGLE, PARTNER_NO_CHILDREN, PARTNER_WITH_CHILDREN, CHILD_AT_HOME, SINGLE_PARENT, OTHER_MEMBER, INSTITUTION;

    public static final Position[] ALL = values();

    public boolean isPartner() { return this == PARTNER_NO_CHILDREN || this == PARTNER_WITH_CHILDREN; }

    public boolean isParent() { return this == PARTNER_WITH_CHILDREN || this == SINGLE_PARENT; }

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
