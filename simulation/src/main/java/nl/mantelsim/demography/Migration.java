package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Net migration by sex and age as per-person rates computed by {@link MigrationAlignment}: a positive rate r
 * gives each resident floor(r) + Bernoulli(r - floor(r)) immigrants who copy the resident's age, sex, work and
 * wage (immigrants are drawn from persons of the same age and sex, a documented simplification); a negative rate
 * is each resident's chance to emigrate. Immigrants arrive without care ties or benefits.
 */
public final class Migration {
    private Migration() {}

    public static PersonBlock step(PersonBlock in, int year, long seed, double[] ratePerResident) {
        PersonBlock out = in.emptyLike(in.size() + in.size() / 50 + 8);
        System.arraycopy(in.events, 0, out.events, 0, in.events.length);
        long immigrants = 0, emigrants = 0;
        for (int i = 0; i < in.size(); i++) {
            double r = ratePerResident[in.sex[i] * AGES + in.age[i]];
            double u = Draws.uniform(seed, in.id[i], year, Purpose.MIGRATION);
            if (r < 0 && u < -r) {
                emigrants++;
                continue;
            }
            out.append(in, i);
            if (r > 0) {
                int copies = (int) Math.floor(r) + (u < r - Math.floor(r) ? 1 : 0);
                for (int k = 0; k < copies; k++) {
                    int j = out.append(in, i);
                    out.id[j] = Draws.derivedId(seed, in.id[i], year, Purpose.IMMIGRANT_ID, k);
                    out.careHours[j] = 0;
                    out.careSince[j] = 0;
                    out.careNeed[j] = 0;
                    out.bijstand[j] = 0;
                    out.costSharer[j] = 0;
                    out.livesWithReceiver[j] = 0;
                    out.onLeave[j] = 0;
                    out.respite[j] = 0;
                    immigrants++;
                }
            }
        }
        out.events[PersonBlock.Event.IMMIGRANTS.ordinal()] = immigrants;
        out.events[PersonBlock.Event.EMIGRANTS.ordinal()] = emigrants;
        return out;
    }
}
