package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Respijtzorg: care taken over for a while so that an intensive carer is relieved. Supply is a capacity (places per
 * 1,000 intensive carers, a place relieving one carer for a year) offered where a share of the carers live (its
 * coverage); a carer in need (more than 8 hours a week) who is willing uses it where it is offered and a place is
 * free, so the share of intensive carers using it is min(coverage x willingness, capacity / 1000). Today's values
 * give about 1 in 10 (90% non-use, carer survey 2018). A user's care load on work falls by the relief hours; the
 * public (VWS, Wmo) pays the days used at a cost per day. All but the willingness are assumptions with ranges
 * (care-labour/README.md: no published figure on respite supply, use or cost).
 */
public final class RespiteSupply implements Serializable {
    final double useShare, reliefHours, costPerUser;

    public RespiteSupply(Parameters p) {
        useShare = useShare(p.get("respijtzorg.coverage"), p.get("respijtzorg.willingness"), p.get("respijtzorg.capacity_per_1000"));
        reliefHours = p.get("respijtzorg.relief_hours_per_week");
        costPerUser = p.get("respijtzorg.days_per_user") * p.get("respijtzorg.cost_per_day_eur");
    }

    /** Share of intensive carers who use respite: demand where it is offered, rationed by the places. */
    public static double useShare(double coverage, double willingness, double capacityPer1000) {
        return Math.min(coverage * willingness, capacityPer1000 / 1000);
    }

    public double useShare() { return useShare; }

    /** Decides use for person i; returns the cost in cents. */
    public long use(PersonBlock b, int i, int year, long seed) {
        b.respite[i] = 0;
        if (b.careHours[i] <= 8) return 0;
        if (!Draws.chance(useShare, seed, b.id[i], year, Purpose.RESPITE_USE)) return 0;
        b.respite[i] = 1;
        return Math.round(100 * costPerUser);
    }

    /** Weekly care hours that weigh on work after respite. */
    public double effectiveCareHours(PersonBlock b, int i) {
        return b.respite[i] == 1 ? Math.max(0, b.careHours[i] - reliefHours) : b.careHours[i];
    }
}
