package nl.mantelsim.labour;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.PersonBlock;

/**
 * General social assistance (bijstand) for persons aged 18 up to the AOW age who do not work. The chance of
 * receiving it is the CBS count (first quarter 2021) over the fitted number of non-employed persons of those ages;
 * a recipient shares a home with cost-sharers with the 2022 share (policy_parameters.csv) or when living with the
 * person cared for. Persons who start work or reach the AOW age leave bijstand.
 */
public final class Bijstand implements Serializable {
    final double shareOfNotEmployed, shareCostSharers;
    final int aowAgeBefore2024, aowAgeFrom2024;

    public Bijstand(InputData in, FittedPopulation fit) {
        Parameters p = in.parameters();
        aowAgeBefore2024 = (int) p.get("aow.age_before_2024");
        aowAgeFrom2024 = (int) p.get("aow.age_from_2024");
        Table b = in.table(InputCatalog.BIJSTAND);
        double recipients = b.one("persons_with_general_bijstand all 2021Q1",
                r -> r.is("measure", "persons_with_general_bijstand") && r.is("sex", "all") && r.is("year", "2021Q1")).number("value");
        shareOfNotEmployed = recipients / fit.notEmployed(18, aowAge(2021) - 1);
        Table pol = in.table(InputCatalog.POLICY_PARAMETERS);
        shareCostSharers = pol.one("share_of_bijstand_recipients_under_kostendelersnorm",
                r -> r.is("parameter", "share_of_bijstand_recipients_under_kostendelersnorm")).number("value");
    }

    /** The AOW age in whole years (SVB: 66 years and some months before 2024, 67 from 2024). */
    public int aowAge(int year) {
        return year < 2024 ? aowAgeBefore2024 : aowAgeFrom2024;
    }

    public boolean eligibleAge(int age, int year) {
        return age >= 18 && age < aowAge(year);
    }

    /** Initial receipt for a non-employed person of eligible age. */
    public void assign(PersonBlock b, int i, int year, long seed) {
        b.bijstand[i] = (byte) (Draws.chance(shareOfNotEmployed, seed, b.id[i], year, Purpose.BIJSTAND) ? 1 : 0);
        boolean sharer = b.livesWithReceiver[i] == 1 || Draws.chance(shareCostSharers, seed, b.id[i], year, Purpose.COST_SHARER);
        b.costSharer[i] = (byte) (b.bijstand[i] == 1 && sharer ? 1 : 0);
    }

    /** After the labour step: leave on work or AOW age; job losers may enter. */
    public void update(PersonBlock b, int i, int year, long seed, boolean wasEmployed) {
        if (b.employed[i] == 1 || !eligibleAge(b.age[i], year + 1)) {
            b.bijstand[i] = 0;
        } else if (wasEmployed) {
            assign(b, i, year, seed);
        }
    }
}
