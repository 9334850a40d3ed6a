package nl.mantelsim.care;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.population.CareRelation;

/**
 * Multiplicative factors on a carer's weekly hours within the intensity class: working carers give fewer hours
 * (Nivel 2023: 15 against 28 hours for carers of a person with dementia below retirement age), partners give most
 * and friends and neighbours least (SCP 2015, De Boer and De Klerk), and living with the receiver adds hours (CBS
 * 2024: children living nearby care most intensively). A parent who does not live with the carer is the reference
 * (factor 1). The product is divided by its mean over the base year's carers of the class
 * ({@code care.hours_factor_mean_light} and {@code _intensive}), so the base-year means stay at the SCP figures the
 * classes are built on; age enters through these factors (older carers are more often partners and not working)
 * and is checked against CBS's hours by the carer's age, not set.
 */
final class CareHoursFactors implements Serializable {
    private final double working;
    private final double[] relation = new double[CareRelation.ALL.length];
    private final double coResident, meanLight, meanIntensive;

    CareHoursFactors(Parameters p) {
        working = p.get("care.hours_factor_working");
        relation[CareRelation.NONE.ordinal()] = 1;
        relation[CareRelation.PARTNER.ordinal()] = p.get("care.hours_factor_partner");
        relation[CareRelation.PARENT.ordinal()] = 1;
        relation[CareRelation.OTHER_KIN.ordinal()] = p.get("care.hours_factor_other_kin");
        relation[CareRelation.NON_KIN.ordinal()] = p.get("care.hours_factor_non_kin");
        coResident = p.get("care.hours_factor_co_resident");
        meanLight = p.get("care.hours_factor_mean_light");
        meanIntensive = p.get("care.hours_factor_mean_intensive");
    }

    double factor(boolean intensive, boolean employed, CareRelation r, boolean livesWithReceiver) {
        double f = (employed ? working : 1) * relation[r.ordinal()] * (livesWithReceiver ? coResident : 1);
        return f / (intensive ? meanIntensive : meanLight);
    }
}
