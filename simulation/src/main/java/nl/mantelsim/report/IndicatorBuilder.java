package nl.mantelsim.report;

import static nl.mantelsim.report.Tally.Stock.*;

import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.population.PersonBlock.Event;

/**
 * Turns the integer tallies of one (scenario, replication) into indicator rows. Counts are divided by the scale so
 * they speak of the whole Netherlands; rates, means and ratios are scale-free. Stocks are on 1 January of the
 * year; flows and costs are over the calendar year.
 */
public final class IndicatorBuilder {
    private final String scenario;
    private final int replication;
    private final double scale;
    private final double fteHours;
    private final List<IndicatorRow> rows = new ArrayList<>();

    public IndicatorBuilder(String scenario, int replication, double scale, double fteHours) {
        this.scenario = scenario;
        this.replication = replication;
        this.scale = scale;
        this.fteHours = fteHours;
    }

    public List<IndicatorRow> rows() { return rows; }

    public void add(int year, String indicator, String group, double value) {
        rows.add(new IndicatorRow(scenario, replication, year, indicator, group, value));
    }

    double count(long n) { return n / scale; }

    private static double ratio(long a, long b) { return b == 0 ? Double.NaN : (double) a / b; }

    public void stocks(int year, long[] t) {
        add(year, "population", "all", count(Tally.stock(t, POP_ALL)));
        add(year, "population", "female", count(Tally.stock(t, POP_FEMALE)));
        add(year, "population", "male", count(Tally.stock(t, POP_MALE)));
        add(year, "population", "age_0_19", count(Tally.stock(t, POP_0_19)));
        add(year, "population", "age_20_49", count(Tally.stock(t, POP_20_49)));
        add(year, "population", "age_50_74", count(Tally.stock(t, POP_50_74)));
        add(year, "population", "age_75_84", count(Tally.stock(t, POP_75_84)));
        add(year, "population", "age_85plus", count(Tally.stock(t, POP_85PLUS)));
        add(year, "mantelzorgratio", "all", ratio(Tally.stock(t, POP_50_74), Tally.stock(t, POP_85PLUS)));
        add(year, "carers", "all", count(Tally.stock(t, CARERS)));
        add(year, "intensive_carers", "all", count(Tally.stock(t, INTENSIVE_CARERS)));
        add(year, "working_carers", "all", count(Tally.stock(t, WORKING_CARERS)));
        add(year, "carers_living_with_receiver", "all", count(Tally.stock(t, CARERS_WITH_RECEIVER)));
        add(year, "care_receivers", "all", count(Tally.stock(t, CARE_RECEIVERS)));
        add(year, "mean_care_hours", "carers", Tally.stock(t, CARE_MILLIHOURS) / 1000.0 / Tally.stock(t, CARERS));

        long empF = Tally.stock(t, EMPLOYED_15_74_FEMALE), empM = Tally.stock(t, EMPLOYED_15_74_MALE);
        long popF = Tally.stock(t, POP_15_74_FEMALE), popM = Tally.stock(t, POP_15_74_MALE);
        double rateF = ratio(empF, popF), rateM = ratio(empM, popM);
        add(year, "employment_rate_15_74", "all", ratio(empF + empM, popF + popM));
        add(year, "employment_rate_15_74", "female", rateF);
        add(year, "employment_rate_15_74", "male", rateM);
        long hoursF = Tally.stock(t, WORK_MILLIHOURS_FEMALE), hoursM = Tally.stock(t, WORK_MILLIHOURS_MALE);
        double meanF = hoursF / 1000.0 / Tally.stock(t, EMPLOYED_FEMALE);
        double meanM = hoursM / 1000.0 / Tally.stock(t, EMPLOYED_MALE);
        add(year, "mean_work_hours", "female", meanF);
        add(year, "mean_work_hours", "male", meanM);
        add(year, "fte", "all", count(hoursF + hoursM) / 1000.0 / fteHours);
        add(year, "gender_gap_employment_pp", "all", 100 * (rateM - rateF));
        add(year, "gender_gap_hours", "all", meanM - meanF);
        structure(year, t);
        care(year, t);
        for (nl.mantelsim.labour.LabourStatus.Status s : nl.mantelsim.labour.LabourStatus.Status.values()) {
            add(year, "persons_by_status", s.name().toLowerCase(java.util.Locale.ROOT), count(t[STATUS_CHILD.ordinal() + s.ordinal()]));
        }
        for (nl.mantelsim.labour.LabourStatus.IncomeSource s : nl.mantelsim.labour.LabourStatus.IncomeSource.values()) {
            add(year, "persons_by_income_source", s.name().toLowerCase(java.util.Locale.ROOT), count(t[INCOME_NONE.ordinal() + s.ordinal()]));
        }
        add(year, "bijstand_recipients", "all", count(Tally.stock(t, BIJSTAND)));
        add(year, "bijstand_recipients", "cost_sharers", count(Tally.stock(t, BIJSTAND_COST_SHARERS)));
        LabourIndicators.stocks(this, year, t, fteHours);
    }

    private void care(int year, long[] t) {
        long all = Tally.stock(t, POP_ALL), p65 = Tally.care(t, CareTally.Slot.POP_65PLUS), p80 = Tally.care(t, CareTally.Slot.POP_80PLUS);
        add(year, "population", "age_65plus", count(p65));
        add(year, "population", "age_80plus", count(p80));
        add(year, "share_65plus", "all", ratio(p65, all));
        add(year, "share_80plus", "all", ratio(p80, all));
        long receivers = Tally.stock(t, CARE_RECEIVERS), carers = Tally.stock(t, CARERS), working = Tally.stock(t, WORKING_CARERS);
        add(year, "carers_per_receiver", "all", ratio(carers, receivers));
        for (int k = 0; k < CareTally.RECEIVER_BANDS.length; k++) {
            add(year, "care_receivers", CareTally.RECEIVER_BANDS[k], count(Tally.care(t, CareTally.Slot.RECEIVERS_BY_BAND, k)));
        }
        add(year, "care_receivers", "at_home", count(Tally.care(t, CareTally.Slot.RECEIVERS_AT_HOME)));
        add(year, "care_receivers", "in_institution", count(Tally.care(t, CareTally.Slot.RECEIVERS_IN_INSTITUTION)));
        add(year, "care_receivers", "age_75plus_home", count(Tally.care(t, CareTally.Slot.RECEIVERS_75PLUS_HOME)));
        for (int sex = 0; sex < 2; sex++) {
            String s = sex == 0 ? "male" : "female";
            long c = 0, ic = 0;
            for (int k = 0; k < CareTally.CARER_BANDS.length; k++) {
                long n = Tally.care(t, CareTally.Slot.CARERS_BY_SEX_BAND, sex * CareTally.CARER_BANDS.length + k);
                long ni = Tally.care(t, CareTally.Slot.INTENSIVE_BY_SEX_BAND, sex * CareTally.CARER_BANDS.length + k);
                add(year, "carers", s + "_" + CareTally.CARER_BANDS[k], count(n));
                add(year, "intensive_carers", s + "_" + CareTally.CARER_BANDS[k], count(ni));
                c += n;
                ic += ni;
            }
            add(year, "carers", s, count(c));
            add(year, "intensive_carers", s, count(ic));
        }
        add(year, "mean_care_hours", "all", Tally.stock(t, CARE_MILLIHOURS) / 1000.0 / carers);
        add(year, "mean_care_hours", "working_carers", Tally.care(t, CareTally.Slot.CARE_MILLIHOURS_WORKING) / 1000.0 / working);
        add(year, "mean_care_hours", "non_working_carers", Tally.care(t, CareTally.Slot.CARE_MILLIHOURS_NOT_WORKING) / 1000.0 / (carers - working));
        for (int k = 0; k < CareTally.CARER_BANDS.length; k++) {
            int bands = CareTally.CARER_BANDS.length;
            long n = Tally.care(t, CareTally.Slot.CARERS_BY_SEX_BAND, k) + Tally.care(t, CareTally.Slot.CARERS_BY_SEX_BAND, bands + k);
            long ni = Tally.care(t, CareTally.Slot.INTENSIVE_BY_SEX_BAND, k) + Tally.care(t, CareTally.Slot.INTENSIVE_BY_SEX_BAND, bands + k);
            add(year, "carers", CareTally.CARER_BANDS[k], count(n));
            add(year, "intensive_carers", CareTally.CARER_BANDS[k], count(ni));
            add(year, "mean_care_hours", CareTally.CARER_BANDS[k], ratio(Tally.care(t, CareTally.Slot.CARE_MILLIHOURS_BY_BAND, k), n) / 1000.0);
        }
        StructureTally.Slot[] byRelation = {StructureTally.Slot.CARERS_PARTNER, StructureTally.Slot.CARERS_PARENT,
            StructureTally.Slot.CARERS_OTHER_KIN, StructureTally.Slot.CARERS_NON_KIN};
        for (int k = 0; k < byRelation.length; k++) {
            add(year, "mean_care_hours", CareTally.RELATIONS[k],
                    ratio(Tally.care(t, CareTally.Slot.CARE_MILLIHOURS_BY_RELATION, k), Tally.structure(t, byRelation[k])) / 1000.0);
        }
        add(year, "heavily_burdened_carers", "all", count(Tally.care(t, CareTally.Slot.HEAVILY_BURDENED)));
        // Weekly hours, whole population: given by all carers, received by receivers, and needed but not received.
        add(year, "informal_care_hours", "given", count(Tally.stock(t, CARE_MILLIHOURS)) / 1000.0);
        add(year, "informal_care_hours", "received", count(Tally.care(t, CareTally.Slot.RECEIVED_MILLIHOURS)) / 1000.0);
        add(year, "unmet_care_hours", "all", count(Tally.care(t, CareTally.Slot.UNMET_MILLIHOURS)) / 1000.0);
        add(year, "care_receivers", "met_wlz_institution", count(Tally.care(t, CareTally.Slot.MET_WLZ)));
        add(year, "care_receivers", "met_wmo_at_home", count(Tally.care(t, CareTally.Slot.MET_WMO)));
        add(year, "care_receivers", "met_informal", count(Tally.care(t, CareTally.Slot.MET_INFORMAL)));
        add(year, "care_receivers", "mostly_unmet", count(Tally.care(t, CareTally.Slot.MET_UNMET)));
    }

    private void structure(int year, long[] t) {
        String[] sizes = {"size_1", "size_2", "size_3", "size_4", "size_5plus"};
        for (int k = 0; k < sizes.length; k++) {
            add(year, "households", sizes[k], count(Tally.structure(t, StructureTally.Slot.values()[StructureTally.Slot.HH_SIZE_1.ordinal() + k])));
        }
        add(year, "households", "single", count(Tally.structure(t, StructureTally.Slot.HH_SINGLE)));
        add(year, "households", "couple_no_children", count(Tally.structure(t, StructureTally.Slot.HH_COUPLE_NO_CHILDREN)));
        add(year, "households", "couple_with_children", count(Tally.structure(t, StructureTally.Slot.HH_COUPLE_WITH_CHILDREN)));
        add(year, "households", "single_parent", count(Tally.structure(t, StructureTally.Slot.HH_SINGLE_PARENT)));
        add(year, "households", "other", count(Tally.structure(t, StructureTally.Slot.HH_OTHER)));
        add(year, "institutionalised", "all", count(Tally.structure(t, StructureTally.Slot.INSTITUTION_RESIDENTS)));
        long nf = Tally.structure(t, StructureTally.Slot.NARROW_FEMALE_16PLUS), nm = Tally.structure(t, StructureTally.Slot.NARROW_MALE_16PLUS);
        add(year, "carers_narrow", "all", count(nf + nm));
        add(year, "carers_narrow", "female", count(nf));
        add(year, "carers_narrow", "male", count(nm));
        add(year, "carers_by_relation", "partner", count(Tally.structure(t, StructureTally.Slot.CARERS_PARTNER)));
        add(year, "carers_by_relation", "parent", count(Tally.structure(t, StructureTally.Slot.CARERS_PARENT)));
        add(year, "carers_by_relation", "other_kin", count(Tally.structure(t, StructureTally.Slot.CARERS_OTHER_KIN)));
        add(year, "carers_by_relation", "non_kin", count(Tally.structure(t, StructureTally.Slot.CARERS_NON_KIN)));
        add(year, "persons_with_parent_80plus", "all", count(Tally.structure(t, StructureTally.Slot.WITH_PARENT_80PLUS)));
        add(year, "mean_care_hours_received", "age_55plus", Tally.structure(t, StructureTally.Slot.RECEIVED_MILLIHOURS_55PLUS) / 1000.0
                / Tally.structure(t, StructureTally.Slot.RECEIVERS_55PLUS));
        add(year, "mean_care_hours_received", "age_75plus", Tally.structure(t, StructureTally.Slot.RECEIVED_MILLIHOURS_75PLUS) / 1000.0
                / Tally.structure(t, StructureTally.Slot.RECEIVERS_75PLUS));
        long bad = Tally.structure(t, StructureTally.Slot.BAD_PARTNER_LINK) + Tally.structure(t, StructureTally.Slot.CHILD_WITHOUT_PARENT)
                + Tally.structure(t, StructureTally.Slot.MIXED_INSTITUTION) + Tally.structure(t, StructureTally.Slot.HOUSEHOLD_SIZE_MISMATCH);
        add(year, "household_inconsistencies", "all", count(bad));
        add(year, "household_inconsistencies", "partner_link", count(Tally.structure(t, StructureTally.Slot.BAD_PARTNER_LINK)));
        add(year, "household_inconsistencies", "child_without_parent", count(Tally.structure(t, StructureTally.Slot.CHILD_WITHOUT_PARENT)));
        add(year, "household_inconsistencies", "mixed_institution", count(Tally.structure(t, StructureTally.Slot.MIXED_INSTITUTION)));
        add(year, "household_inconsistencies", "position_vs_size", count(Tally.structure(t, StructureTally.Slot.HOUSEHOLD_SIZE_MISMATCH)));
    }

    public void flows(int year, long[] t) {
        add(year, "deaths", "all", count(Tally.event(t, Event.DEATHS)));
        add(year, "deaths", "care_receivers", count(Tally.event(t, Event.DEATHS_OF_CARE_RECEIVERS)));
        add(year, "births", "all", count(Tally.event(t, Event.BIRTHS)));
        add(year, "immigrants", "all", count(Tally.event(t, Event.IMMIGRANTS)));
        add(year, "emigrants", "all", count(Tally.event(t, Event.EMIGRANTS)));
        add(year, "leave_takers", "all", count(Tally.event(t, Event.LEAVE_TAKERS)));
        add(year, "respijtzorg_users", "all", count(Tally.event(t, Event.RESPITE_USERS)));
        add(year, "moved_in_with_receiver", "all", count(Tally.event(t, Event.MOVED_IN_WITH_RECEIVER)));
        add(year, "care_starts", "all", count(Tally.event(t, Event.CARE_STARTS)));
        add(year, "care_stops", "all", count(Tally.event(t, Event.CARE_STOPS)));
        add(year, "institution_moves", "all", count(Tally.event(t, Event.INSTITUTION_MOVES)));
        add(year, "left_parental_home", "all", count(Tally.event(t, Event.LEFT_HOME)));
        add(year, "new_couples", "all", count(Tally.event(t, Event.NEW_COUPLES)));
        add(year, "separations", "all", count(Tally.event(t, Event.SEPARATIONS)));
        long leave = Tally.event(t, Event.COST_PAID_LEAVE_CENTS);
        long respite = Tally.event(t, Event.COST_RESPIJTZORG_CENTS);
        long kdn = Tally.event(t, Event.COST_KOSTENDELERSNORM_CENTS);
        add(year, "public_cost_eur", "paid_leave", count(leave) / 100.0);
        add(year, "public_cost_eur", "respijtzorg", count(respite) / 100.0);
        add(year, "public_cost_eur", "kostendelersnorm", count(kdn) / 100.0);
        add(year, "public_cost_eur", "total", count(leave + respite + kdn) / 100.0);
        LabourIndicators.flows(this, year, t);
    }
}
