package org.campo.demo;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.campo.app.AppContext;
import org.campo.audit.AuditAction;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRequest;
import org.campo.consent.ConsentScript;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.consent.ParticipantAttributes;
import org.campo.model.Submission;
import org.campo.study.OpenStudy;

/**
 * A few qualitative interviews, each with a pseudonymous participant whose verbal consent is
 * recorded through the consent services before the interview is stored, as the consent gate
 * requires in the app: eight key informants from government, international cooperation and
 * civil society in Lima, Trujillo, Tumbes and Cusco ({@code KI-GOV-01} …) and six in-depth
 * interviews with LGBTQI+ migrants ({@code P-001} …). One participant refuses the audio
 * recording, so the consent log shows a partial consent. The theme notes are in
 * {@link InterviewNotes}: invented and marked as synthetic.
 */
final class SyntheticInterviews implements DemoContent {
    static final String KI_SCRIPT = "entrevista-informante";
    static final String IDI_SCRIPT = "entrevista-profundidad";
    static final String ATTESTATION = "Leí el guion completo en voz alta; la persona hizo preguntas y aceptó "
            + "verbalmente. (Registro sintético de la demo.)";

    record KeyInformant(String code, String sector, String institution, String position, String city,
                        String site, String mode) {
    }

    record InDepth(String code, String gender, String orientation, Integer age, String status, String timeInPeru,
                   String city, String site, boolean recordingAllowed) {
    }

    static final List<KeyInformant> KEY_INFORMANTS = List.of(
            new KeyInformant("KI-GOV-01", "government", "Oficina regional de gobierno (institución ficticia)",
                    "Coordinación de atención al migrante", "tumbes", "CEBAF-TUMBES", "in_person"),
            new KeyInformant("KI-GOV-02", "government", "Municipalidad provincial (institución ficticia)",
                    "Gerencia de desarrollo social", "trujillo", null, "in_person"),
            new KeyInformant("KI-GOV-03", "government", "Gobierno regional (institución ficticia)",
                    "Subgerencia de inclusión", "cusco", null, "video"),
            new KeyInformant("KI-INT-04", "international", "Agencia internacional (organización ficticia)",
                    "Oficial de protección", "lima", "LIMA-NORTE", "in_person"),
            new KeyInformant("KI-INT-05", "international", "Agencia internacional (organización ficticia)",
                    "Jefatura de oficina local", "cusco", null, "phone"),
            new KeyInformant("KI-ONG-06", "civil_society", "Organización LGBTI de base (organización ficticia)",
                    "Coordinación de casos", "lima", "LIMA-NORTE", "video"),
            new KeyInformant("KI-ONG-07", "civil_society", "Asociación de migrantes (organización ficticia)",
                    "Presidencia", "trujillo", null, "in_person"),
            new KeyInformant("KI-ONG-08", "civil_society", "ONG de protección (organización ficticia)",
                    "Responsable de casos", "tumbes", "CEBAF-TUMBES", "in_person"));

    static final List<InDepth> IN_DEPTH = List.of(
            new InDepth("P-001", "cis_man", "gay", 28, "in_process", "m6_12", "lima", "LIMA-NORTE", true),
            new InDepth("P-002", "trans_woman", "heterosexual", 27, "refugee_applicant", "y1_3", "lima", "LIMA-NORTE",
                    true),
            new InDepth("P-003", "prefer_not", "prefer_not", null, "irregular", "lt_6m", "tumbes", "CEBAF-TUMBES",
                    false),
            new InDepth("P-004", "cis_man", "gay", 41, "regular", "y3_5", "trujillo", null, true),
            new InDepth("P-005", "cis_woman", "lesbian", 24, "irregular", "lt_6m", "tumbes", "CEBAF-TUMBES", true),
            new InDepth("P-006", "cis_man", "bisexual", 33, "irregular", "y1_3", "trujillo", null, true));

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        ConsentServices consent = context.consent(study);
        ConsentScript kiScript = consent.scripts().add(KI_SCRIPT, "es", "Consentimiento: entrevista a informante clave",
                "Le invitamos a una entrevista sobre la respuesta a personas refugiadas y migrantes en su ciudad. "
                        + "Dura unos 45 minutos, es voluntaria y puede terminarla cuando quiera. No publicaremos "
                        + "su nombre. Pediremos su permiso por separado para grabar y para citar sus palabras.",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING,
                        ConsentPermission.DIRECT_QUOTATION));
        ConsentScript idiScript = consent.scripts().add(IDI_SCRIPT, "es", "Consentimiento: entrevista en profundidad",
                "Le invitamos a conversar sobre su viaje y su vida en el Perú. Es voluntario, no afecta la ayuda "
                        + "que reciba y puede no responder o terminar cuando quiera. Usaremos un código en lugar de "
                        + "su nombre. Pediremos su permiso por separado para grabar, para citar sus palabras y para "
                        + "volver a contactarle.",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING,
                        ConsentPermission.DIRECT_QUOTATION, ConsentPermission.FUTURE_CONTACT));
        // Every script also in English, for English-speaking interviewers and reviewers.
        consent.scripts().add(KI_SCRIPT, "en", "Consent: key-informant interview",
                "We invite you to an interview about the response to refugees and migrants in your city. "
                        + "It takes about 45 minutes, it is voluntary and you may end it whenever you wish. We "
                        + "will not publish your name. We will ask your permission separately to record and to "
                        + "quote your words.",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING,
                        ConsentPermission.DIRECT_QUOTATION));
        consent.scripts().add(IDI_SCRIPT, "en", "Consent: in-depth interview",
                "We invite you to talk about your journey and your life in Peru. It is voluntary, it does not "
                        + "affect the help you receive, and you may skip questions or stop whenever you wish. We "
                        + "will use a code instead of your name. We will ask your permission separately to "
                        + "record, to quote your words and to contact you again.",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING,
                        ConsentPermission.DIRECT_QUOTATION, ConsentPermission.FUTURE_CONTACT));
        // Each interview form reads its own script (the study's configuration).
        consent.scripts().assign(DemoForms.KEY_INFORMANT, KI_SCRIPT);
        consent.scripts().assign(DemoForms.IN_DEPTH, IDI_SCRIPT);
        SyntheticForm kiForm = SyntheticForm.of(context, study, DemoForms.KEY_INFORMANT);
        SyntheticForm idiForm = SyntheticForm.of(context, study, DemoForms.IN_DEPTH);
        Random random = new Random(settings.seed() ^ 0x1D1L);
        for (KeyInformant ki : KEY_INFORMANTS) {
            Participant p = consent.participants().register(ki.code(), Map.of(ParticipantAttributes.SECTOR, ki.sector(),
                    ParticipantAttributes.INFORMANT_TYPE, "key_informant"));
            consent.consent().record(ConsentRequest.verbal(p.id(), kiScript.id(),
                    decisions(kiScript, true), ATTESTATION, ki.site()));
            store(study, consent, kiForm, keyInformant(kiForm, ki, study, random), ki.site(), p);
        }
        for (InDepth idi : IN_DEPTH) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put(ParticipantAttributes.GENDER_IDENTITY, idi.gender());
            attributes.put(ParticipantAttributes.SEXUAL_ORIENTATION, idi.orientation());
            attributes.put(ParticipantAttributes.NATIONALITY, "venezuelan");
            attributes.put(ParticipantAttributes.MIGRATORY_STATUS, idi.status());
            Participant p = consent.participants().register(idi.code(), attributes);
            consent.consent().record(ConsentRequest.verbal(p.id(), idiScript.id(),
                    decisions(idiScript, idi.recordingAllowed()), ATTESTATION, idi.site()));
            store(study, consent, idiForm, inDepth(idiForm, idi, study, random), idi.site(), p);
        }
    }

    private static Map<ConsentPermission, Boolean> decisions(ConsentScript script, boolean recording) {
        Map<ConsentPermission, Boolean> d = new EnumMap<>(ConsentPermission.class);
        for (ConsentPermission p : script.asks()) {
            d.put(p, p != ConsentPermission.AUDIO_RECORDING || recording);
        }
        return d;
    }

    /** Stores a finished interview after the same consent check the app makes before one starts. */
    private static void store(OpenStudy study, ConsentServices consent, SyntheticForm form, SyntheticInstance instance,
                              String site, Participant participant) {
        consent.gate().requireConsentToInterview(participant.id());
        Submission s = form.submission(instance, site, participant.id());
        study.changes().run(c -> {
            c.repositories().submissions().insert(s);
            c.audit(AuditAction.SUBMISSION_FINALIZED, "submission", s.id(), true,
                    "rev=1 demo interview form=" + form.form().formId() + " participant=" + participant.code());
        });
    }

    /** Interviews happen after consent, so they are dated now (consent takes the clock's time). */
    private static SyntheticInstance started(SyntheticForm form, OpenStudy study, Random random) {
        OffsetDateTime now = study.clock().instant().atOffset(DemoCalendar.PERU);
        return form.newInstance(now, now, random).set("interview_date", now.toLocalDate());
    }

    private static SyntheticInstance keyInformant(SyntheticForm form, KeyInformant ki, OpenStudy study, Random random) {
        SyntheticInstance s = started(form, study, random)
                .set("participant_code", ki.code()).set("sector", ki.sector()).set("institution", ki.institution())
                .set("position", ki.position()).set("city", ki.city()).set("mode", ki.mode()).set("recorded", "no")
                .set("interviewer_notes", "Entrevista no grabada; notas tomadas durante la conversación. "
                        + "Synthetic demo record.");
        InterviewNotes.KEY_INFORMANTS.get(ki.code()).forEach(s::set);
        return s;
    }

    private static SyntheticInstance inDepth(SyntheticForm form, InDepth idi, OpenStudy study, Random random) {
        SyntheticInstance s = started(form, study, random)
                .set("participant_code", idi.code()).set("mode", "in_person").set("consent_confirmed", "yes")
                .set("recorded", idi.recordingAllowed() ? "yes" : "no")
                .set("gender_identity", idi.gender()).set("sexual_orientation", idi.orientation())
                .set("age", idi.age()).set("migratory_status", idi.status()).set("time_in_peru", idi.timeInPeru())
                .set("city", idi.city())
                .set("interviewer_reflections", "Buena disposición; emergen temas de vivienda y empleo. "
                        + "Synthetic demo record.")
                .set("referral_offered", random.nextBoolean() ? "yes" : "no");
        InterviewNotes.IN_DEPTH.get(idi.code()).forEach(s::set);
        return s;
    }
}
