package org.campo.export.consent;

import org.campo.export.FileNames;
import org.campo.export.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campo.audit.AuditVerification;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentLogEntry;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentScript;
import org.campo.consent.SiteMonthTotals;
import org.campo.consent.Withdrawal;

/**
 * The IRB package: a ZIP a reviewer can check without Campo and without the study key. It
 * holds the consent scripts (each text as a file whose SHA-256 matches the recorded one),
 * consent records, withdrawals and totals as CSV and JSON, the whole audit chain with the
 * verification result and head hash, the consent-log PDF, and a README. It is written only
 * from a {@link ConsentLog}, which by construction holds no response, transcript or attribute.
 */
public final class IrbPackageWriter {
    private final Locale locale;

    public IrbPackageWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(ConsentLog log, Path target) {
        AtomicFile.write(target, out -> render(log, out));
    }

    void render(ConsentLog log, OutputStream out) throws IOException {
        ConsentLogText t = new ConsentLogText(locale, log.zone());
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            text(zip, "README.txt", readme(log, t));
            text(zip, "consent_scripts.csv", scriptsCsv(log));
            text(zip, "consent_scripts.json", Json.write(scriptsJson(log)));
            for (ConsentScript s : log.scripts()) {
                text(zip, "scripts/" + FileNames.safe(s.key() + "_v" + s.version() + "_" + s.language()) + ".txt", s.body());
            }
            text(zip, "consent_records.csv", recordsCsv(log));
            text(zip, "consent_records.json", Json.write(recordsJson(log)));
            text(zip, "withdrawals.csv", withdrawalsCsv(log));
            text(zip, "withdrawals.json", Json.write(withdrawalsJson(log)));
            text(zip, "totals_by_site_month.csv", totalsCsv(log));
            auditChain(zip, log);
            text(zip, "audit_verification.json", Json.write(verificationJson(log, t)));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new ConsentLogPdfWriter(locale).render(log, pdf);
            entry(zip, "consent_log.pdf", pdf.toByteArray());
        }
    }

    private static String readme(ConsentLog log, ConsentLogText t) {
        return t.get("export.irb.readme", log.studyName(), log.studyId(), t.generated(log),
                t.verificationSummary(log.verification()), log.verification().head(), log.entries().size(),
                log.withdrawals().size(), log.scripts().size(), log.tombstones()).replace("\n", "\r\n") + "\r\n";
    }

    private static String scriptsCsv(ConsentLog log) {
        Csv csv = new Csv().row("script_id", "key", "version", "language", "title", "asks", "sha256", "created_at", "file");
        for (ConsentScript s : log.scripts()) {
            csv.row(s.id(), s.key(), s.version(), s.language(), s.title(), asks(s), s.sha256(), s.createdAt(),
                    "scripts/" + s.key() + "_v" + s.version() + "_" + s.language() + ".txt");
        }
        return csv.toString();
    }

    private static List<Object> scriptsJson(ConsentLog log) {
        List<Object> out = new ArrayList<>();
        for (ConsentScript s : log.scripts()) {
            Map<String, Object> o = Json.object();
            o.put("script_id", s.id());
            o.put("key", s.key());
            o.put("version", s.version());
            o.put("language", s.language());
            o.put("title", s.title());
            o.put("asks", s.asks().stream().sorted().map(ConsentPermission::code).toList());
            o.put("sha256", s.sha256());
            o.put("created_at", s.createdAt().toString());
            o.put("body", s.body());
            out.add(o);
        }
        return out;
    }

    private static String asks(ConsentScript s) {
        return String.join(" ", s.asks().stream().sorted().map(ConsentPermission::code).toList());
    }

    private static String recordsCsv(ConsentLog log) {
        List<Object> header = new ArrayList<>(List.of("consent_id", "participant_code", "script_key", "script_version",
                "language", "script_sha256", "mode"));
        for (ConsentPermission p : ConsentPermission.values()) {
            header.add(p.code());
        }
        header.addAll(List.of("minor", "guardian_consent", "assent", "obtained_at", "site_code", "researcher",
                "witnessed_by", "attestation", "withdrawn_at", "withdrawal_scope", "row_check"));
        Csv csv = new Csv().row(header);
        for (ConsentLogEntry e : log.entries()) {
            ConsentRecord c = e.consent();
            List<Object> row = new ArrayList<>(List.of(c.id(), c.participantCode(), c.script().key(),
                    c.script().version(), c.script().language(), c.script().sha256(), c.mode().code()));
            for (ConsentPermission p : ConsentPermission.values()) {
                Boolean d = c.decisions().get(p);
                row.add(d == null ? "not_asked" : d ? "granted" : "refused");
            }
            row.add(c.minor());
            row.add(c.guardianConsent() == null ? "" : c.guardianConsent());
            row.add(c.assent() == null ? "" : c.assent());
            row.add(c.obtainedAt());
            row.add(nullToEmpty(c.siteCode()));
            row.add(c.researcherName());
            row.add(nullToEmpty(c.witness()));
            row.add(nullToEmpty(c.attestation()));
            row.add(e.withdrawal() == null ? "" : e.withdrawal().withdrawnAt());
            row.add(e.withdrawal() == null ? "" : e.withdrawal().scope().code());
            row.add(e.tampered() ? "altered" : "ok");
            csv.row(row);
        }
        return csv.toString();
    }

    private static List<Object> recordsJson(ConsentLog log) {
        List<Object> out = new ArrayList<>();
        for (ConsentLogEntry e : log.entries()) {
            ConsentRecord c = e.consent();
            Map<String, Object> o = Json.object();
            o.put("consent_id", c.id());
            o.put("participant_code", c.participantCode());
            o.put("script_id", c.script().id());
            o.put("script", c.script().key());
            o.put("script_version", c.script().version());
            o.put("language", c.script().language());
            o.put("mode", c.mode().code());
            Map<String, Object> decisions = Json.object();
            c.decisions().forEach((p, d) -> decisions.put(p.code(), d ? "granted" : "refused"));
            o.put("decisions", decisions);
            o.put("minor", c.minor());
            o.put("guardian_consent", c.guardianConsent());
            o.put("assent", c.assent());
            o.put("obtained_at", c.obtainedAt().toString());
            o.put("site_code", c.siteCode());
            o.put("researcher", c.researcherName());
            o.put("witnessed_by", c.witness());
            o.put("attestation", c.attestation());
            o.put("withdrawal_id", e.withdrawal() == null ? null : e.withdrawal().id());
            o.put("row_check", e.tampered() ? "altered" : "ok");
            out.add(o);
        }
        return out;
    }

    private static String withdrawalsCsv(ConsentLog log) {
        Csv csv = new Csv().row("withdrawal_id", "participant_code", "withdrawn_at", "scope");
        for (Withdrawal w : log.withdrawals()) {
            csv.row(w.id(), w.participantCode(), w.withdrawnAt(), w.scope().code());
        }
        return csv.toString();
    }

    private static List<Object> withdrawalsJson(ConsentLog log) {
        List<Object> out = new ArrayList<>();
        for (Withdrawal w : log.withdrawals()) {
            Map<String, Object> o = Json.object();
            o.put("withdrawal_id", w.id());
            o.put("participant_code", w.participantCode());
            o.put("withdrawn_at", w.withdrawnAt().toString());
            o.put("scope", w.scope().code());
            out.add(o);
        }
        return out;
    }

    private static String totalsCsv(ConsentLog log) {
        Csv csv = new Csv().row("site_code", "month", "consents", "participation_granted", "participation_refused",
                "withdrawn");
        for (SiteMonthTotals s : log.totals()) {
            csv.row(nullToEmpty(s.siteCode()), s.month(), s.consents(), s.participationGranted(),
                    s.participationRefused(), s.withdrawn());
        }
        return csv.toString();
    }

    /** Streams the chain into the ZIP: the study may have hundreds of thousands of entries. */
    private static void auditChain(ZipOutputStream zip, ConsentLog log) throws IOException {
        zip.putNextEntry(new ZipEntry("audit_chain.csv"));
        Writer w = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        // actor and details readable, then as stored (sealed under the study key): the chain hashes the
        // stored form, so a reviewer recomputes it from these columns without the key
        w.write(new Csv().row("seq", "at", "actor", "action", "subject", "subject_id", "subject_digest", "details",
                "prev_hash", "hash", "stored_actor", "stored_details").toString());
        try {
            log.auditTrail().forEach(link -> {
                var e = link.readable();
                try {
                    w.write(new Csv().row(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.subjectId(),
                            e.subjectDigest(), e.details(), e.prevHash(), e.hash(), link.stored().actor(),
                            link.stored().details()).toString());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        w.flush();
        zip.closeEntry();
    }

    private static Map<String, Object> verificationJson(ConsentLog log, ConsentLogText t) {
        AuditVerification v = log.verification();
        Map<String, Object> o = Json.object();
        o.put("ok", v.ok());
        o.put("entries", v.entries());
        o.put("first_broken_seq", v.ok() ? null : v.firstBrokenSeq());
        o.put("head", v.head());
        o.put("summary", t.verificationSummary(v));
        List<Object> problems = new ArrayList<>();
        for (AuditVerification.Problem p : v.problems()) {
            Map<String, Object> po = Json.object();
            po.put("seq", p.seq());
            po.put("key", p.key());
            po.put("args", p.args());
            po.put("message", t.get(p.key(), p.args().toArray()));
            problems.add(po);
        }
        o.put("problems", problems);
        o.put("altered_consent_records", log.tamperedEntries());
        o.put("generated_at", log.generatedAt().toString());
        o.put("algorithm", "hash = SHA-256(prev_hash || canonical(entry)); sealed rows re-hashed (SHA-256)");
        return o;
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        entry(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Lets a writer flush into the current ZIP entry without closing the whole archive. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
