package nl.mantelsim.population;

/**
 * The cell space of the person-level fit: sex x single year of age x household position x care status x
 * employment x education x bijstand. About 51,000 cells: small enough to fit on the driver and broadcast, and
 * every published margin is a grouping of these cells.
 */
public final class Cells {
    private Cells() {}

    public static final int MAX_AGE = 100; // 100 holds everyone aged 100 or more
    public static final int AGES = MAX_AGE + 1;
    public static final int POSITIONS = Position.ALL.length;
    public static final int NON_CARER = 0, LIGHT_CARER = 1, INTENSIVE_CARER = 2;
    public static final int CARE_STATES = 3;
    public static final int LOW = 0, MIDDLE = 1, HIGH = 2;
    public static final int EDUCATION_LEVELS = 3;
    public static final String[] EDUCATION_NAMES = {"low", "middle", "high"};

    // Strides, innermost last: bijstand, education, employment, care, position, age, sex.
    private static final int S_EDU = 2;
    private static final int S_EMP = S_EDU * EDUCATION_LEVELS;
    private static final int S_CARE = S_EMP * 2;
    private static final int S_POS = S_CARE * CARE_STATES;
    private static final int S_AGE = S_POS * POSITIONS;
    private static final int S_SEX = S_AGE * AGES;
    public static final int COUNT = S_SEX * 2;

    public static int index(int sex, int age, int position, int care, int employed, int education, int bijstand) {
        return sex * S_SEX + age * S_AGE + position * S_POS + care * S_CARE + employed * S_EMP + education * S_EDU + bijstand;
    }

    public static int sex(int cell) { return cell / S_SEX; }
    public static int age(int cell) { return (cell / S_AGE) % AGES; }
    public static int position(int cell) { return (cell / S_POS) % POSITIONS; }
    public static int care(int cell) { return (cell / S_CARE) % CARE_STATES; }
    public static int employed(int cell) { return (cell / S_EMP) % 2; }
    public static int education(int cell) { return (cell / S_EDU) % EDUCATION_LEVELS; }
    public static int bijstand(int cell) { return cell % 2; }

    public static String sexName(int sex) { return sex == 0 ? "male" : "female"; }
}
