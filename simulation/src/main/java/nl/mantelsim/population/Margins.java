package nl.mantelsim.population;

import java.util.function.IntUnaryOperator;

/** Builds an IPF margin from a rule that puts each cell in a category (or -1 when the margin does not cover it). */
final class Margins {
    private Margins() {}

    static Ipf.Margin of(String name, IntUnaryOperator categoryOfCell, double[] targets, String[] names) {
        int[] cat = new int[Cells.COUNT];
        for (int c = 0; c < Cells.COUNT; c++) cat[c] = categoryOfCell.applyAsInt(c);
        return new Ipf.Margin(name, cat, targets, names);
    }

    /** A yes/no margin per sex over covered cells: categories (sex, yes) = 2 sex, (sex, no) = 2 sex + 1. */
    static Ipf.Margin bySexYesNo(String name, java.util.function.IntPredicate covered, java.util.function.IntPredicate yes,
                                 double[] yesTargets, double[] coveredTotals) {
        double[] t = {yesTargets[0], coveredTotals[0] - yesTargets[0], yesTargets[1], coveredTotals[1] - yesTargets[1]};
        return of(name, c -> covered.test(c) ? 2 * Cells.sex(c) + (yes.test(c) ? 0 : 1) : -1, t,
                new String[] {"male yes", "male no", "female yes", "female no"});
    }
}
