package nl.mantelsim.population;

/**
 * The cell space of the fit: sex x single year of age x care status x employment. Small enough (1,212 cells) to
 * fit on the driver and broadcast.
 */
public final class Cells {
    private Cells() {}

    public static final int MAX_AGE = 100; // 100 holds everyone aged 100 or more
    public static final int AGES = MAX_AGE + 1;
    public static final int NON_CARER = 0, LIGHT_CARER = 1, INTENSIVE_CARER = 2;
    public static final int CARE_STATES = 3;
    public static final int COUNT = 2 * AGES * CARE_STATES * 2;

    public static int index(int sex, int age, int care, int employed) {
        return ((sex * AGES + age) * CARE_STATES + care) * 2 + employed;
    }

    public static int sex(int cell) { return cell / (AGES * CARE_STATES * 2); }
    public static int age(int cell) { return (cell / (CARE_STATES * 2)) % AGES; }
    public static int care(int cell) { return (cell / 2) % CARE_STATES; }
    public static int employed(int cell) { return cell % 2; }
}
