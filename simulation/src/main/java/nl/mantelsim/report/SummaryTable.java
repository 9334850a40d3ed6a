package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The summary over replications that a reader can quote: per scenario, year, indicator and group the mean, its
 * standard error and 95% interval (mean +- t(0.975, n-1) * SE), and the paired difference with the reference
 * scenario (the baseline), summarised the same way from the per-replication differences.
 *
 * <p>The interval describes Monte Carlo noise only: how far the mean over this many replications could be from
 * the mean over infinitely many. It says nothing about the uncertainty of the model's assumptions.
 */
public final class SummaryTable {

    /**
     * Indicators that count simulated persons (divided by the scale in the indicator table), so that
     * {@code value * scale} is the number of persons a value rests on. Costs and FTE are not counts of persons;
     * the alignment diagnostics are targets and pre-alignment totals, not persons; rates and means are not flagged
     * (their denominators are large groups in every shipped indicator).
     */
    public static final Set<String> PERSON_COUNTS = Set.of(
            "population", "carers", "intensive_carers", "working_carers", "carers_living_with_receiver",
            "care_receivers", "bijstand_recipients", "deaths", "births", "immigrants", "emigrants", "leave_takers",
            "respijtzorg_users", "moved_in_with_receiver", "households", "persons_by_income_source", "carers_by_relation",
            "household_inconsistencies", "persons_with_parent_80plus", "persons_by_status", "carers_narrow",
            "institutionalised", "left_parental_home", "institution_moves", "care_starts", "new_couples", "care_stops",
            "heavily_burdened_carers", "separations", "working_intensive_carers", "cohabiting_carers", "employees_reduced_hours_for_care",
            "employees_stopped_work_for_care", "sickness_absence_care", "work_responses", "retirements", "leave_users",
            "respite_users");

    /** Same order as the indicator table: scenario, year, indicator, group. */
    public static final Comparator<SummaryRow> ORDER = Comparator.comparing(SummaryRow::scenario)
            .thenComparingInt(SummaryRow::year).thenComparing(SummaryRow::indicator)
            .thenComparing(SummaryRow::group);

    private SummaryTable() {
    }

    /**
     * @param scenarios        the run's scenarios, reference first (see {@link IndicatorSummary#referenceScenario})
     * @param scale            the run's scale: share of the population simulated
     * @param smallCellPersons a count cell resting on fewer simulated persons than this (mean over replications)
     *                         is flagged {@code small_cell}
     */
    public static List<SummaryRow> build(List<IndicatorRow> rows, List<String> scenarios, double scale,
                                         double smallCellPersons) {
        IndicatorSummary summary = new IndicatorSummary(rows);
        String reference = IndicatorSummary.referenceScenario(scenarios);
        List<SummaryRow> out = new ArrayList<>();
        for (IndicatorSummary.Key k : summary.cells()) {
            IndicatorSummary.Band level = summary.level(k.scenario(), k.year(), k.indicator(), k.group()).orElseThrow();
            Optional<IndicatorSummary.Band> diff =
                    summary.difference(k.scenario(), reference, k.year(), k.indicator(), k.group());
            boolean small = PERSON_COUNTS.contains(k.indicator()) && level.mean() * scale < smallCellPersons;
            out.add(new SummaryRow(k.scenario(), k.year(), k.indicator(), k.group(), level.replications(),
                    level.mean(), level.standardError(), level.lower95(), level.upper95(), reference,
                    diff.map(IndicatorSummary.Band::mean).orElse(Double.NaN),
                    diff.map(IndicatorSummary.Band::standardError).orElse(Double.NaN),
                    diff.map(IndicatorSummary.Band::lower95).orElse(Double.NaN),
                    diff.map(IndicatorSummary.Band::upper95).orElse(Double.NaN),
                    !level.hasSpread(), small));
        }
        out.sort(ORDER);
        return out;
    }
}
