package org.campo.demo;

import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;
import org.campo.app.AppContext;
import org.campo.common.Ids;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.SessionContext;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;

/**
 * One imported form ready for synthetic submissions: its stored version and an
 * {@link InstanceTemplate}, plus the metadata every instance carries (start, end, today,
 * device, user, instanceID) so generators only deal with the questions.
 */
final class SyntheticForm {
    private final OpenStudy study;
    private final FormVersion form;
    private final InstanceTemplate template;

    private SyntheticForm(OpenStudy study, FormVersion form, InstanceTemplate template) {
        this.study = study;
        this.form = form;
        this.template = template;
    }

    static SyntheticForm of(AppContext context, OpenStudy study, String formId) {
        FormVersion form = context.forms(study).latest(formId);
        FormDefinition definition = context.forms(study).definition(form);
        String started = FormSession.start(definition,
                new SessionContext(study.deviceId(), study.member().userName(), study.clock())).instanceXml();
        return new SyntheticForm(study, form, InstanceTemplate.of(definition.schema(), started));
    }

    FormVersion form() {
        return form;
    }

    /** A new instance with its metadata filled; {@code random} makes the instanceID reproducible. */
    SyntheticInstance newInstance(OffsetDateTime start, OffsetDateTime end, Random random) {
        UUID uuid = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        return new SyntheticInstance()
                .set("start", DemoCalendar.xform(start))
                .set("end", DemoCalendar.xform(end))
                .set("today", start.toLocalDate())
                .set("deviceid", study.deviceId())
                .set("username", study.member().userName())
                .set("instanceID", "uuid:" + uuid);
    }

    /** A final submission holding the instance, dated when the synthetic interview took place. */
    Submission submission(SyntheticInstance instance, String siteCode, String participantId) {
        var start = java.time.OffsetDateTime.parse(instance.get("start")).toInstant();
        var end = java.time.OffsetDateTime.parse(instance.get("end")).toInstant();
        return new Submission(Ids.newId(), form.id(), SubmissionStatus.FINAL, 1, start, end, siteCode,
                study.deviceId(), study.member().id(), participantId, template.render(instance));
    }
}
