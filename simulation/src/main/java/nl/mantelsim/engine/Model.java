package nl.mantelsim.engine;

import java.io.Serializable;
import nl.mantelsim.care.CareModel;
import nl.mantelsim.cost.SicknessPay;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.demography.DemographyRates;
import nl.mantelsim.demography.HouseholdEvents;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.demography.ProjectionTotals;
import nl.mantelsim.labour.Bijstand;
import nl.mantelsim.labour.LabourModel;
import nl.mantelsim.labour.LabourStatus;
import nl.mantelsim.policy.LeaveCalibration;
import nl.mantelsim.policy.PolicyPrices;
import nl.mantelsim.population.Cells;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.HouseholdRules;

/** Everything the executors need that does not vary by scenario: built once on the driver and broadcast. */
public record Model(int baseYear, int lastYear, double scale, FittedPopulation fit, DemographyRates demography,
                    ProjectionTotals totals, CareModel care, LabourModel labour, Bijstand bijstand, PolicyPrices prices,
                    HouseholdRules households, LabourStatus status, HouseholdEvents householdEvents, VitalAlignment vital,
                    double shareMaleAtBirth, double fteHours, LeaveCalibration.Pool leavePool, SicknessPay sicknessPay)
        implements Serializable {

    public static final int BASE_YEAR = 2021;
    /** The draw "year" of base-population attributes, distinct from every simulated year. */
    public static final int BASE_DRAW_YEAR = 0;

    public static Model build(InputData in, int lastYear, double scale) {
        return build(in, lastYear, scale, FittedPopulation.fit(in));
    }

    /**
     * With a base-population fit made earlier from the same tables: a sensitivity variant whose parameter the fit does
     * not read ({@link FittedPopulation#reads}) reuses the run's fit instead of fitting again.
     */
    public static Model build(InputData in, int lastYear, double scale, FittedPopulation fit) {
        Parameters p = in.parameters();
        // Rates are needed for every simulated calendar year, including the last (its flows are reported).
        DemographyRates rates = DemographyRates.build(in, BASE_YEAR, Math.max(BASE_YEAR, lastYear));
        double[] baseBySex = new double[2];
        for (int sex = 0; sex < 2; sex++) for (int a = 0; a < Cells.AGES; a++) baseBySex[sex] += fit.persons(sex, a);
        ProjectionTotals totals = new ProjectionTotals(in, BASE_YEAR, baseBySex);
        return new Model(BASE_YEAR, lastYear, scale, fit, rates, totals, new CareModel(in, fit, rates), new LabourModel(in, fit),
                new Bijstand(in, fit, PolicyPrices.from(in)), PolicyPrices.from(in), HouseholdRules.from(in, fit), new LabourStatus(in, fit),
                new HouseholdEvents(p), new VitalAlignment(in), p.get("demography.share_male_at_birth"), p.get("fte.hours"),
                LeaveCalibration.Pool.from(in, fit), SicknessPay.from(p));
    }
}
