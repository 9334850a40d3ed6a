package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.MAX_AGE;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Deaths, births and ageing over one calendar year: the block of 1 January y becomes the block of 1 January y+1
 * before migration. Each person's fate is a keyed draw, so it does not depend on the block it sits in.
 */
public final class Demography {
    private Demography() {}

    public static PersonBlock step(PersonBlock in, int year, long seed, DemographyRates rates, double shareMale) {
        PersonBlock out = in.emptyLike(in.size() + in.size() / 50 + 8);
        long deaths = 0, births = 0;
        for (int i = 0; i < in.size(); i++) {
            long id = in.id[i];
            int age = in.age[i];
            if (Draws.chance(rates.deathProbability(year, in.sex[i], age), seed, id, year, Purpose.MORTALITY)) {
                deaths++;
                continue;
            }
            if (in.sex[i] == PersonBlock.FEMALE && Draws.chance(rates.birthRate(year, age), seed, id, year, Purpose.BIRTH)) {
                byte sex = Draws.chance(shareMale, seed, id, year, Purpose.NEWBORN_SEX) ? PersonBlock.MALE : PersonBlock.FEMALE;
                out.appendNew(Draws.derivedId(seed, id, year, Purpose.NEWBORN_ID, 0), sex, 0);
                births++;
            }
            int j = out.append(in, i);
            out.age[j] = (short) Math.min(age + 1, MAX_AGE);
        }
        out.events[PersonBlock.Event.DEATHS.ordinal()] = deaths;
        out.events[PersonBlock.Event.BIRTHS.ordinal()] = births;
        return out;
    }
}
