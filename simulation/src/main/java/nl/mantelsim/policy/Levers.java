package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;

/** The three policy levers as one scenario sets them. */
public record Levers(CareLeave leave, RespiteSupply respite, Kostendelersnorm kostendelersnorm) implements Serializable {

    /** The parameter-name prefixes that belong to levers; a scenario's `levers:` section may set only these. */
    public static final String[] NAMES = {"paid_leave", "respijtzorg", "kostendelersnorm"};

    public static Levers from(Parameters p, PolicyPrices prices, LeaveCalibration.Pool leavePool) {
        return new Levers(new CareLeave(p, prices, leavePool), new RespiteSupply(p), new Kostendelersnorm(p, prices));
    }
}
