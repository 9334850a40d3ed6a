package nl.mantelsim.labour;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Employment status and main income source, derived each year from a person's state so they can never disagree
 * with it. Not employed, under 15 or at the AOW age: child or retired. Otherwise a student with the share of
 * persons in education among the non-employed of the age band, or unemployed with the share of unemployed among the
 * non-employed non-students (CBS Emancipatiemonitor 2022, 2021 figures), else inactive; one keyed draw a year.
 */
public final class LabourStatus implements Serializable {
    public enum Status { CHILD, EMPLOYED, UNEMPLOYED, INACTIVE, STUDENT, RETIRED }
    public enum IncomeSource { NONE, WAGE, AOW, BIJSTAND, OTHER_BENEFIT }

    /** Students among the non-employed aged 15-29: CBS counts students at 15-64, nearly all of them are under 30. */
    final double[] studentShareOfNotEmployed = new double[2];
    final double[] unemployedShareOfOthers = new double[2];

    public LabourStatus(InputData in, FittedPopulation fit) {
        Table t = in.table(InputCatalog.LABOUR_UNEMPLOYMENT);
        for (int sex = 0; sex < 2; sex++) {
            String s = sex == 0 ? "male" : "female";
            int sx = sex;
            double nonStudents = v(t, "population_non_students", s), employedNonStudents = v(t, "employed_non_students", s);
            double unemployed = v(t, "unemployed_non_students", s);
            double pop = fit.sum(c -> nl.mantelsim.population.Cells.sex(c) == sx && nl.mantelsim.population.Cells.age(c) >= 15
                    && nl.mantelsim.population.Cells.age(c) <= 64);
            double notEmployed = fit.sum(c -> nl.mantelsim.population.Cells.sex(c) == sx && nl.mantelsim.population.Cells.age(c) >= 15
                    && nl.mantelsim.population.Cells.age(c) <= 29 && nl.mantelsim.population.Cells.employed(c) == 0);
            double students = Math.max(0, pop - nonStudents);
            studentShareOfNotEmployed[sex] = Math.min(1, students / notEmployed);
            unemployedShareOfOthers[sex] = unemployed / Math.max(1, nonStudents - employedNonStudents);
        }
    }

    private static double v(Table t, String measure, String sex) {
        return t.one(measure + " " + sex + " 15-64 2021", r -> r.is("measure", measure) && r.is("sex", sex)
                && r.is("age_group", "15-64") && r.is("year", "2021")).number("value");
    }

    public Status status(PersonBlock b, int i, int year, long seed, boolean aowReached) {
        int age = b.age[i];
        if (b.employed[i] == 1) return Status.EMPLOYED;
        if (age < 15) return Status.CHILD;
        if (aowReached || b.position[i] == Position.INSTITUTION.ordinal() && age >= 65) return Status.RETIRED;
        double u = Draws.uniform(seed, b.id[i], year, Purpose.LABOUR_STATUS);
        double student = age <= 29 ? studentShareOfNotEmployed[b.sex[i]] : 0;
        if (u < student) return Status.STUDENT;
        if (u < student + (1 - student) * unemployedShareOfOthers[b.sex[i]]) return Status.UNEMPLOYED;
        return Status.INACTIVE;
    }

    /**
     * Main income source: wage, AOW, bijstand, or another benefit (unemployment, disability, study finance); a
     * minor, or an inactive person with a partner, has no income of their own (an approximation: the partner's
     * income is not checked).
     */
    public static IncomeSource incomeSource(PersonBlock b, int i, boolean aowReached) {
        if (b.employed[i] == 1) return IncomeSource.WAGE;
        if (aowReached) return IncomeSource.AOW;
        if (b.bijstand[i] == 1) return IncomeSource.BIJSTAND;
        if (b.age[i] < 18) return IncomeSource.NONE;
        if (b.status[i] == Status.INACTIVE.ordinal() && b.partner[i] != -1) return IncomeSource.NONE;
        return IncomeSource.OTHER_BENEFIT;
    }

    /**
     * Sets status and income source of every person of the block on 1 January of {@code stateYear}; the draw year
     * keys the yearly student/unemployed draw.
     */
    public void assign(PersonBlock b, int drawYear, int stateYear, long seed, AowAge aow) {
        for (int i = 0; i < b.size(); i++) {
            boolean reached = aow.reached(b.age[i], seed, b.id[i], stateYear);
            b.status[i] = (byte) status(b, i, drawYear, seed, reached).ordinal();
            b.incomeSource[i] = (byte) incomeSource(b, i, reached).ordinal();
        }
    }
}
