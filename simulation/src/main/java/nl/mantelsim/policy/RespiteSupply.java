package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Respijtzorg: care taken over for a while so that an intensive carer is relieved. The supply is the chance that
 * an intensive carer uses it in a year (baseline: 10%, from 90% non-use in the 2018 survey of carers); a user's
 * weekly care load falls by the relief hours and the public pays a yearly cost per user (both assumptions:
 * no published figure on respite use or cost, care-labour/README.md).
 */
public final class RespiteSupply implements Serializable {
    final double uptake, reliefHours, costPerUser;

    public RespiteSupply(Parameters p) {
        uptake = p.get("respijtzorg.uptake");
        reliefHours = p.get("respijtzorg.relief_hours_per_week");
        costPerUser = p.get("respijtzorg.cost_per_user_eur");
    }

    /** Decides use for person i; returns the cost in cents. */
    public long use(PersonBlock b, int i, int year, long seed) {
        b.respite[i] = 0;
        if (b.careHours[i] <= 8) return 0;
        if (!Draws.chance(uptake, seed, b.id[i], year, Purpose.RESPITE_USE)) return 0;
        b.respite[i] = 1;
        return Math.round(100 * costPerUser);
    }

    /** Weekly care hours that weigh on work after respite. */
    public double effectiveCareHours(PersonBlock b, int i) {
        return b.respite[i] == 1 ? Math.max(0, b.careHours[i] - reliefHours) : b.careHours[i];
    }
}
