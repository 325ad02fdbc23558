package org.campo.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.audit.AuditEntry;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.FormVersion;
import org.campo.model.ParticipantRow;
import org.campo.model.Site;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.Tombstone;
import org.campo.model.WithdrawalRow;
import org.campo.model.Code;
import org.campo.model.CaseAttribute;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.model.Source;
import org.campo.model.SourceKind;

/** How each record travels in kits and packages (see {@link Wire}). */
final class Payloads {
    private Payloads() {
    }

    static void form(Wire.Out o, FormVersion f) {
        o.text(f.id()).text(f.formId()).text(f.version()).text(f.sha256()).text(f.title()).blob(f.xlsform())
                .text(f.xform()).instant(f.importedAt());
    }

    static FormVersion form(Wire.In i) {
        return new FormVersion(i.text(), i.text(), i.text(), i.text(), i.text(), i.blob(), i.text(), i.instant());
    }

    static void site(Wire.Out o, Site s) {
        o.text(s.id()).text(s.code()).text(s.name()).text(s.latitude() == null ? null : s.latitude().toString())
                .text(s.longitude() == null ? null : s.longitude().toString());
    }

    static Site site(Wire.In i) {
        String id = i.text();
        String code = i.text();
        String name = i.text();
        String lat = i.text();
        String lon = i.text();
        return new Site(id, code, name, lat == null ? null : Double.valueOf(lat), lon == null ? null : Double.valueOf(lon));
    }

    static void script(Wire.Out o, ConsentScriptRow s) {
        o.text(s.id()).text(s.scriptKey()).integer(s.version()).text(s.language()).text(s.title()).text(s.body())
                .text(s.sha256()).list(s.permissions()).instant(s.createdAt());
    }

    static ConsentScriptRow script(Wire.In i) {
        return new ConsentScriptRow(i.text(), i.text(), (int) i.integer(), i.text(), i.text(), i.text(), i.text(),
                i.list(), i.instant());
    }

    static void code(Wire.Out o, Code c) {
        o.text(c.id()).text(c.parentId()).text(c.name()).text(c.definition()).text(c.inclusion()).text(c.exclusion())
                .text(c.example()).text(c.color()).flag(c.codable()).instant(c.createdAt());
    }

    static Code code(Wire.In i) {
        return new Code(i.text(), i.text(), i.text(), i.text(), i.text(), i.text(), i.text(), i.text(),
                Boolean.TRUE.equals(i.flag()), i.instant());
    }

    /**
     * An audit entry as a package carries it: as stored on the laptop (actor and details sealed under
     * the laptop's key; what the chain hashes, so the coordinator verifies it without that key) and
     * its actor and details readable (the package itself is sealed to the coordinator).
     */
    record CarriedEntry(AuditEntry stored, String actor, String details) {
        AuditEntry readable() {
            AuditEntry e = stored;
            return new AuditEntry(e.seq(), e.at(), actor, e.action(), e.subject(), e.subjectId(), e.subjectDigest(),
                    details, e.prevHash(), e.hash());
        }
    }

    static void entry(Wire.Out o, CarriedEntry c) {
        AuditEntry e = c.stored();
        o.integer(e.seq()).instant(e.at()).text(e.actor()).text(e.action()).text(e.subject()).text(e.subjectId())
                .text(e.subjectDigest()).text(e.details()).text(e.prevHash()).text(e.hash())
                .text(c.actor()).text(c.details());
    }

    static CarriedEntry entry(Wire.In i) {
        return new CarriedEntry(new AuditEntry(i.integer(), i.instant(), i.text(), i.text(), i.text(), i.text(),
                i.text(), i.text(), i.text(), i.text()), i.text(), i.text());
    }

    static void participant(Wire.Out o, ParticipantRow p, Map<String, String> attributes) {
        o.text(p.id()).text(p.code()).instant(p.createdAt()).flag(p.withdrawn()).map(attributes);
    }

    record ParticipantWithAttributes(ParticipantRow row, Map<String, String> attributes) {
    }

    static ParticipantWithAttributes participant(Wire.In i) {
        return new ParticipantWithAttributes(new ParticipantRow(i.text(), i.text(), i.instant(),
                Boolean.TRUE.equals(i.flag())), i.map());
    }

    static void consent(Wire.Out o, ConsentRow c) {
        Map<String, String> decisions = new java.util.LinkedHashMap<>();
        c.decisions().forEach((k, v) -> decisions.put(k, String.valueOf(v)));
        o.text(c.id()).text(c.participantId()).text(c.scriptId()).text(c.mode()).map(decisions).instant(c.obtainedAt())
                .text(c.siteCode()).text(c.memberId()).flag(c.minor()).flag(c.guardianConsent()).flag(c.assent())
                .text(c.attestation()).text(c.witness());
    }

    static ConsentRow consent(Wire.In i) {
        String id = i.text();
        String participant = i.text();
        String script = i.text();
        String mode = i.text();
        Map<String, Boolean> decisions = new java.util.LinkedHashMap<>();
        i.map().forEach((k, v) -> decisions.put(k, Boolean.valueOf(v)));
        return new ConsentRow(id, participant, script, mode, decisions, i.instant(), i.text(), i.text(),
                Boolean.TRUE.equals(i.flag()), i.flag(), i.flag(), i.text(), i.text());
    }

    static void withdrawal(Wire.Out o, WithdrawalRow w) {
        o.text(w.id()).text(w.participantId()).text(w.participantCode()).instant(w.withdrawnAt()).text(w.scope())
                .text(w.memberId()).text(w.reason());
    }

    static WithdrawalRow withdrawal(Wire.In i) {
        return new WithdrawalRow(i.text(), i.text(), i.text(), i.instant(), i.text(), i.text(), i.text());
    }

    static void tombstone(Wire.Out o, Tombstone t) {
        o.text(t.id()).text(t.kind()).instant(t.deletedAt()).text(t.reason());
    }

    static Tombstone tombstone(Wire.In i) {
        return new Tombstone(i.text(), i.text(), i.instant(), i.text());
    }

    static void submission(Wire.Out o, Submission s) {
        o.text(s.id()).text(s.formRef()).text(s.status().code()).integer(s.rev()).instant(s.createdAt())
                .instant(s.updatedAt()).text(s.siteCode()).text(s.deviceId()).text(s.memberId()).text(s.participantId())
                .text(s.instanceXml());
    }

    static Submission submission(Wire.In i) {
        return new Submission(i.text(), i.text(), SubmissionStatus.fromCode(i.text()), (int) i.integer(), i.instant(),
                i.instant(), i.text(), i.text(), i.text(), i.text(), i.text());
    }

    static void source(Wire.Out o, Source s) {
        o.text(s.id()).text(s.name()).text(s.kind().code()).text(s.caseId()).text(s.submissionId()).text(s.text())
                .instant(s.createdAt()).instant(s.updatedAt());
    }

    static Source source(Wire.In i) {
        return new Source(i.text(), i.text(), SourceKind.fromCode(i.text()), i.text(), i.text(), i.text(), i.instant(),
                i.instant());
    }

    static void coding(Wire.Out o, Coding k) {
        o.text(k.id()).text(k.sourceId()).integer(k.start()).integer(k.end()).text(k.codeId()).text(k.coderId())
                .instant(k.codedAt()).flag(k.detached());
    }

    static Coding coding(Wire.In i) {
        return new Coding(i.text(), i.text(), (int) i.integer(), (int) i.integer(), i.text(), i.text(), i.instant(),
                Boolean.TRUE.equals(i.flag()));
    }

    static void memo(Wire.Out o, Memo m) {
        o.text(m.id()).text(m.target().name()).text(m.targetId()).text(m.title()).text(m.text()).text(m.authorId())
                .instant(m.createdAt()).instant(m.updatedAt());
    }

    static Memo memo(Wire.In i) {
        return new Memo(i.text(), MemoTarget.valueOf(i.text()), i.text(), i.text(), i.text(), i.text(), i.instant(),
                i.instant());
    }

    static void caseAttribute(Wire.Out o, CaseAttribute a) {
        o.text(a.caseId()).text(a.name()).text(a.value()).flag(a.sensitive());
    }

    static CaseAttribute caseAttribute(Wire.In i) {
        return new CaseAttribute(i.text(), i.text(), i.text(), Boolean.TRUE.equals(i.flag()));
    }

    static <T> void list(Wire.Out o, List<T> items, java.util.function.BiConsumer<Wire.Out, T> writer) {
        o.integer(items.size());
        items.forEach(t -> writer.accept(o, t));
    }

    static <T> List<T> list(Wire.In i, java.util.function.Function<Wire.In, T> reader) {
        int n = i.count();
        List<T> out = new ArrayList<>(Math.min(n, 10_000));
        for (int k = 0; k < n; k++) {
            out.add(reader.apply(i));
        }
        return out;
    }
}
