package nl.mantelsim.data;

import static nl.mantelsim.data.Column.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every input table the model reads, with the kind of each column it relies on. One list, so that loading,
 * validation and the manifest's file hashes can never disagree about what the inputs are.
 */
public final class InputCatalog {
    private InputCatalog() {}

    public static final String POPULATION = "demography/population.csv";
    public static final String MORTALITY = "demography/mortality.csv";
    public static final String FERTILITY = "demography/fertility.csv";
    public static final String MIGRATION = "demography/migration.csv";
    public static final String PROJECTION_TOTALS = "demography/projection_totals_wpp2024.csv";
    public static final String VITAL_TOTALS = "demography/vital_totals.csv";
    public static final String CARER_PREVALENCE_SCP = "care-labour/carer_prevalence_scp.csv";
    public static final String CARER_INTENSITY_SCP = "care-labour/carer_intensity_scp.csv";
    public static final String LABOUR_PARTICIPATION = "care-labour/labour_participation.csv";
    public static final String WORKING_HOURS = "care-labour/working_hours.csv";
    public static final String CARE_RECEIVERS = "care-labour/care_receivers_cbs.csv";
    public static final String CARE_RECEIVERS_HOURS = "care-labour/care_receivers_hours.csv";
    public static final String POLICY_PARAMETERS = "care-labour/policy_parameters.csv";
    public static final String BIJSTAND = "care-labour/bijstand.csv";
    public static final String CARE_AND_WORK = "care-labour/care_and_work_effects.csv";
    public static final String HOUSEHOLDS = "care-labour/households.csv";
    public static final String LABOUR_UNEMPLOYMENT = "care-labour/labour_unemployment.csv";
    public static final String FORMAL_CARE = "care-labour/formal_care.csv";
    public static final String EDUCATION = "care-labour/education.csv";
    public static final String CARE_RELATIONS = "care-labour/care_relations.csv";
    public static final String CARER_PREVALENCE_CBS = "care-labour/carer_prevalence_cbs.csv";
    public static final String CARER_BURDEN_CBS = "care-labour/carer_burden_and_hours_cbs.csv";
    public static final String MODEL_PARAMETERS = "model/parameters.csv";
    public static final String POSITION_SEED = "model/position_seed.csv";
    public static final String EDUCATION_SEED = "model/education_seed.csv";
    public static final String PARITY = "model/parity.csv";
    public static final String AOW_AGE = "model/aow_age.csv";
    public static final String WORK_RESPONSE_PROFILES = "model/work_response_profiles.csv";
    public static final String KOSTENDELERSNORM_SHARES = "care-labour/kostendelersnorm_shares.csv";

    /** Schemas by path under data/. Columns not listed are carried but not checked. */
    public static Map<String, Map<String, Column>> schemas() {
        Map<String, Map<String, Column>> s = new LinkedHashMap<>();
        s.put(POPULATION, cols("source", REQUIRED, "year", COUNT, "sex", REQUIRED, "age_group", REQUIRED,
                "age", COUNT, "age_width", YEAR_OR_EMPTY, "count", COUNT));
        s.put(MORTALITY, cols("source", REQUIRED, "year_mid", COUNT, "sex", REQUIRED, "age_group", REQUIRED,
                "age", COUNT, "mx", RATE, "q1_derived", SHARE));
        s.put(FERTILITY, cols("source", REQUIRED, "year_mid", COUNT, "age_group", REQUIRED, "age", COUNT,
                "age_width", COUNT, "pasfr_percent", RATE, "tfr_period", RATE, "asfr", RATE));
        s.put(MIGRATION, cols("source", REQUIRED, "year", COUNT, "sex", REQUIRED, "age", COUNT, "net", NUMBER));
        s.put(PROJECTION_TOTALS, cols("source", REQUIRED, "year", COUNT, "male_median", COUNT,
                "female_median", COUNT, "total_median", COUNT));
        s.put(VITAL_TOTALS, cols("source", REQUIRED, "year", COUNT, "births", COUNT, "deaths", COUNT, "net_migration", NUMBER));
        s.put(CARER_PREVALENCE_SCP, cols("definition", REQUIRED, "dimension", REQUIRED, "group", REQUIRED,
                "share", SHARE, "year", COUNT, "source", REQUIRED));
        s.put(CARER_INTENSITY_SCP, cols("quantity", REQUIRED, "value", RATE, "unit", REQUIRED, "year", COUNT,
                "source", REQUIRED));
        s.put(LABOUR_PARTICIPATION, cols("measure", REQUIRED, "sex", REQUIRED, "age_group", REQUIRED,
                "value", SHARE, "year", COUNT, "source", REQUIRED));
        s.put(WORKING_HOURS, cols("measure", REQUIRED, "sex", REQUIRED, "group", REQUIRED, "value", RATE,
                "year", COUNT, "source", REQUIRED));
        s.put(CARE_RECEIVERS, cols("sex", REQUIRED, "age_group", REQUIRED, "share_receiving_informal_care", SHARE,
                "year", COUNT, "source", REQUIRED));
        s.put(CARE_RECEIVERS_HOURS, cols("quantity", REQUIRED, "value", RATE, "unit", REQUIRED, "year", COUNT,
                "source", REQUIRED));
        s.put(POLICY_PARAMETERS, cols("parameter", REQUIRED, "value", REQUIRED, "unit", REQUIRED,
                "valid_from", REQUIRED, "source", REQUIRED));
        s.put(BIJSTAND, cols("measure", REQUIRED, "sex", REQUIRED, "age_group", REQUIRED, "value", RATE,
                "unit", REQUIRED, "year", REQUIRED, "source", REQUIRED));
        s.put(CARE_AND_WORK, cols("quantity", REQUIRED, "sex", REQUIRED, "value", NUMBER, "unit", REQUIRED,
                "year", REQUIRED, "source", REQUIRED));
        Map<String, Column> longFormat = cols("measure", REQUIRED, "sex", REQUIRED, "age_group", REQUIRED,
                "value", RATE, "unit", REQUIRED, "year", REQUIRED, "source", REQUIRED);
        s.put(HOUSEHOLDS, longFormat);
        s.put(LABOUR_UNEMPLOYMENT, longFormat);
        s.put(FORMAL_CARE, longFormat);
        s.put(EDUCATION, longFormat);
        s.put(CARE_RELATIONS, longFormat);
        s.put(CARER_PREVALENCE_CBS, cols("definition", REQUIRED, "dimension", REQUIRED, "group", REQUIRED,
                "share", SHARE, "year", COUNT, "source", REQUIRED));
        s.put(CARER_BURDEN_CBS, cols("quantity", REQUIRED, "value", RATE, "unit", REQUIRED, "year", COUNT,
                "source", REQUIRED));
        s.put(MODEL_PARAMETERS, cols("name", REQUIRED, "value", NUMBER, "min", NUMBER, "max", NUMBER,
                "unit", REQUIRED, "source", REQUIRED));
        s.put(POSITION_SEED, cols("position", REQUIRED, "sex", REQUIRED, "age_from", COUNT, "age_to", COUNT,
                "weight", RATE, "source", REQUIRED));
        s.put(EDUCATION_SEED, cols("age_from", COUNT, "age_to", COUNT, "low", RATE, "middle", RATE, "high", RATE,
                "source", REQUIRED));
        s.put(AOW_AGE, cols("year", COUNT, "years", COUNT, "months", COUNT, "source", REQUIRED));
        s.put(PARITY, cols("cohort_from", COUNT, "cohort_to", COUNT, "p0", SHARE, "p1", SHARE, "p2", SHARE, "p3", SHARE,
                "p4", SHARE, "source", REQUIRED));
        s.put(WORK_RESPONSE_PROFILES, cols("response", REQUIRED, "dimension", REQUIRED, "level", REQUIRED,
                "multiplier", RATE, "min", RATE, "max", RATE, "source", REQUIRED));
        s.put(KOSTENDELERSNORM_SHARES, cols("cost_sharers", COUNT, "share_of_couple_norm", SHARE, "valid_from", REQUIRED,
                "source", REQUIRED));
        return s;
    }

    /**
     * The columns that identify a row, by path under data/. The model looks rows up by these (or sums over them,
     * as for migration), so a second row with the same key would silently replace or double a published number;
     * it is refused at load time instead.
     */
    public static Map<String, List<String>> keys() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put(POPULATION, List.of("source", "year", "sex", "age"));
        k.put(MORTALITY, List.of("year_mid", "sex", "age"));
        k.put(FERTILITY, List.of("year_mid", "age"));
        k.put(MIGRATION, List.of("year", "sex", "age"));
        k.put(PROJECTION_TOTALS, List.of("year"));
        k.put(CARER_PREVALENCE_SCP, List.of("definition", "dimension", "group", "year"));
        k.put(CARER_INTENSITY_SCP, List.of("quantity", "year"));
        k.put(LABOUR_PARTICIPATION, List.of("measure", "sex", "age_group", "year"));
        k.put(WORKING_HOURS, List.of("measure", "sex", "group", "year"));
        k.put(CARE_RECEIVERS, List.of("sex", "age_group", "year"));
        k.put(CARE_RECEIVERS_HOURS, List.of("quantity", "year"));
        k.put(POLICY_PARAMETERS, List.of("parameter", "valid_from"));
        k.put(BIJSTAND, List.of("measure", "sex", "age_group", "year"));
        k.put(CARE_AND_WORK, List.of("quantity", "sex", "year"));
        k.put(MODEL_PARAMETERS, List.of("name"));
        k.put(VITAL_TOTALS, List.of("year"));
        // households.csv has two 2024 counts of persons living alone (CBS 37620 and a rounded news figure): the
        // source tells them apart; the code takes the 37620 series.
        k.put(HOUSEHOLDS, List.of("measure", "sex", "age_group", "year", "source"));
        k.put(EDUCATION, List.of("measure", "sex", "age_group", "year"));
        k.put(CARE_RELATIONS, List.of("measure", "sex", "age_group", "year"));
        k.put(CARER_PREVALENCE_CBS, List.of("definition", "dimension", "group", "year"));
        k.put(CARER_BURDEN_CBS, List.of("quantity", "year"));
        k.put(LABOUR_UNEMPLOYMENT, List.of("measure", "sex", "age_group", "year"));
        k.put(FORMAL_CARE, List.of("measure", "sex", "age_group", "year"));
        k.put(POSITION_SEED, List.of("position", "sex", "age_from"));
        k.put(EDUCATION_SEED, List.of("age_from"));
        k.put(PARITY, List.of("cohort_from"));
        k.put(AOW_AGE, List.of("year"));
        return k;
    }

    /** Long-format tables whose value column holds shares on the rows whose unit (or measure) says so. */
    static final List<String[]> SHARE_BY_UNIT = List.of(
            new String[] {CARER_INTENSITY_SCP, "unit", "value"},
            new String[] {BIJSTAND, "unit", "value"},
            new String[] {HOUSEHOLDS, "unit", "value"},
            new String[] {LABOUR_UNEMPLOYMENT, "unit", "value"},
            new String[] {FORMAL_CARE, "unit", "value"},
            new String[] {EDUCATION, "unit", "value"},
            new String[] {CARE_RELATIONS, "unit", "value"},
            new String[] {CARER_BURDEN_CBS, "unit", "value"},
            new String[] {CARE_AND_WORK, "unit", "value"},
            new String[] {WORKING_HOURS, "measure", "value"});

    private static Map<String, Column> cols(Object... kv) {
        Map<String, Column> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], (Column) kv[i + 1]);
        return m;
    }
}
