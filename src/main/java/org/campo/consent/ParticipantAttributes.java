package org.campo.consent;

/**
 * Names of the usual participant attributes. Sexual orientation and gender identity are
 * separate variables (as the LGBTQI+ assessment recommends); all attributes are encrypted and
 * readable only by members who may read responses.
 */
public final class ParticipantAttributes {
    public static final String GENDER_IDENTITY = "gender_identity";
    public static final String SEXUAL_ORIENTATION = "sexual_orientation";
    public static final String AGE_BAND = "age_band";
    public static final String NATIONALITY = "nationality";
    public static final String MIGRATORY_STATUS = "migratory_status";
    public static final String SECTOR = "sector";
    public static final String INFORMANT_TYPE = "informant_type";

    private ParticipantAttributes() {
    }
}
