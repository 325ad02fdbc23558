package org.campo.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditChain;
import org.campo.audit.AuditEntry;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.crypto.Hashing;
import org.campo.crypto.PackageSeal;
import org.campo.crypto.WrongSecretException;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.FormVersion;
import org.campo.model.Member;
import org.campo.model.ParticipantRow;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.model.Tombstone;
import org.campo.model.WithdrawalRow;
import org.campo.model.Code;
import org.campo.model.CaseAttribute;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.Source;
import org.campo.model.DeviceHead;
import org.campo.model.MergeConflict;
import org.campo.store.Repositories;
import org.campo.study.AnalysisErasure;
import org.campo.study.Capability;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;

/**
 * Many laptops, one study. The coordinator's study writes a <em>kit</em> (forms, consent scripts,
 * sites, members, codebook and the coordinator's public key; no response data) from which laptops
 * join with the same study id. A laptop writes <em>packages</em> sealed to the coordinator's key
 * (HPKE); the coordinator merges them in one transaction each: instanceIDs dedupe (identical is a
 * no-op, different is a conflict kept for the coordinator), tombstones apply to data from every
 * laptop, and each laptop's audit chain must continue what was merged from it before.
 *
 * <p>Packages are cumulative (everything the laptop holds, with its whole audit chain): importing
 * one twice, or several in any order, gives the same study, and a lost package costs nothing.
 */
public final class MergeService {
    static final String KIT_MAGIC = "CAMPO-KIT";
    static final String PACKAGE_MAGIC = "CAMPO-PKG";
    /** Kit version 2 carries each point's retired mark; version 1 kits (points all active) are still read. */
    static final int VERSION = 2;
    static final int OLDEST_KIT_VERSION = 1;
    /** Version 2 carries the qualitative analysis (codes, sources, codings, memos, case attributes). */
    static final int PACKAGE_VERSION = 3; // 3: audit entries sealed, carried with their readable text
    /** Clear setting: the coordinator's public key (Base64), on the coordinator's study and on every laptop. */
    static final String PUBLIC_KEY = "merge.coordinatorPublicKey";
    /**
     * Clear setting on a laptop's study: the id its packages carry. It is made at join, once per
     * study file (not per machine), so two studies joined on one computer still keep two chains.
     */
    static final String REPLICA_ID = "merge.replicaId";
    /** Sealed setting: the coordinator's private key (Base64), on the coordinator's study only. */
    static final String PRIVATE_KEY = "merge.coordinatorPrivateKey";

    /** Rebuilds the export cache of merged submissions (the collect feature's flattened rows). */
    @FunctionalInterface
    public interface RowRefresh {
        void refresh(OpenStudy study, List<String> submissionIds);
    }

    private final StudyService studies;
    private final RowRefresh rows;

    public MergeService(StudyService studies, RowRefresh rows) {
        this.studies = studies;
        this.rows = rows;
    }

    /** What a kit held. */
    public record KitSummary(String studyId, String studyName, int forms, int members, String keyFingerprint,
                             List<String> memberNames) {
    }

    /** What a package held and what merging it did. */
    public record ImportSummary(String deviceId, boolean alreadyMerged, int submissionsAdded, int duplicates,
                                int conflicts, int removedByTombstones, long auditHead, int analysisAdded,
                                List<String> sameNamedCodes) {
        public ImportSummary {
            sameNamedCodes = List.copyOf(sameNamedCodes);
        }
    }

    /** What a package export wrote. */
    public record ExportSummary(String deviceId, int submissions, int participants, long auditEntries,
                                int consents, int withdrawals, int sources, int codings, int memos) {
    }

    // ---------------------------------------------------------------- kits

    /** Writes a study kit; makes the coordinator's key pair on first use. Coordinators only. */
    public KitSummary writeKit(OpenStudy study, Path out) {
        study.require(Capability.MANAGE_MEMBERS);
        byte[] publicKey = coordinatorPublicKey(study);
        Repositories r = study.repositories();
        var record = study.record();
        List<FormVersion> forms = new ArrayList<>();
        for (FormVersion latest : r.forms().latestVersions()) {
            forms.addAll(r.forms().versionsOf(latest.formId()));
        }
        List<Member> members = r.members().all();
        Wire.Out o = new Wire.Out(KIT_MAGIC, VERSION);
        o.text(record.id()).text(record.name()).blob(publicKey);
        Payloads.list(o, forms, Payloads::form);
        Payloads.list(o, r.consents().scripts(), Payloads::script);
        Payloads.list(o, r.sites().all(), (w, s) -> {
            Payloads.site(w, s);
            w.flag(s.retired());
        });
        Payloads.list(o, members, (w, m) -> w.text(m.id()).text(m.userName()).text(m.role().code())
                .instant(m.createdAt()).flag(m.active()));
        Payloads.list(o, r.codes().all(), Payloads::code);
        writePrivately(out, o.bytes());
        study.changes().run(c -> c.audit(AuditAction.KIT_WRITTEN, "forms=" + forms.size() + " members=" + members.size()));
        return new KitSummary(record.id(), record.name(), forms.size(), members.size(), PackageSeal.fingerprint(publicKey),
                activeNames(members));
    }

    /** Reads what a kit holds without joining (for the join screen and command). */
    public KitSummary describeKit(Path kit) {
        Kit k = readKit(kit);
        return new KitSummary(k.studyId, k.studyName, k.forms.size(), k.members.size(),
                PackageSeal.fingerprint(k.publicKey), activeNames(k.members));
    }

    /** The user names a laptop can join as: the kit's active members. */
    private static List<String> activeNames(List<Member> members) {
        return members.stream().filter(Member::active).map(Member::userName).toList();
    }

    /**
     * Creates a laptop's study from a kit: the same study id, the joining member's id and role from
     * the kit, its own data key and passphrase. The study is complete only once the whole kit is in.
     */
    public CreatedStudy join(Path kitFile, Path laptop, String userName, char[] passphrase) {
        Kit kit = readKit(kitFile);
        Member me = kit.members.stream().filter(m -> m.userName().equalsIgnoreCase(userName.trim()) && m.active())
                .findFirst().orElseThrow(() -> new CampoException("merge.notInKit", userName, kit.studyName));
        CreatedStudy created = studies.createJoined(laptop, kit.studyId, kit.studyName, me.id(), me.userName(),
                me.role(), passphrase);
        OpenStudy study = created.study();
        try {
            // Built as the joining member: the kit's contents are the coordinator's, taken as they are.
            study.changes().run(c -> {
                Repositories r = c.repositories();
                for (Member m : kit.members) {
                    if (!m.id().equals(me.id())) {
                        r.members().add(m);
                    }
                }
                kit.forms.forEach(r.forms()::add);
                kit.scripts.forEach(r.consents()::addScript);
                kit.sites.forEach(r.sites()::add);
                kit.codes.forEach(r.codes()::add);
                r.settings().setSetting(PUBLIC_KEY, Base64.getEncoder().encodeToString(kit.publicKey));
                r.settings().setSetting(REPLICA_ID, Ids.newId());
                c.audit(AuditAction.STUDY_JOINED, "forms=" + kit.forms.size() + " key="
                        + PackageSeal.fingerprint(kit.publicKey));
            });
            study.markComplete();
            return created;
        } catch (RuntimeException e) {
            study.lock();
            throw e;
        }
    }

    private record Kit(String studyId, String studyName, byte[] publicKey, List<FormVersion> forms,
                       List<ConsentScriptRow> scripts, List<Site> sites, List<Member> members, List<Code> codes) {
    }

    private Kit readKit(Path file) {
        Wire.In i = new Wire.In(read(file), KIT_MAGIC, OLDEST_KIT_VERSION, VERSION, file.getFileName().toString());
        boolean marksRetired = i.version() >= 2;
        Kit kit = new Kit(i.text(), i.text(), i.blob(), Payloads.list(i, Payloads::form),
                Payloads.list(i, Payloads::script),
                Payloads.list(i, in -> {
                    Site s = Payloads.site(in);
                    return marksRetired ? s.withRetired(Boolean.TRUE.equals(in.flag())) : s;
                }),
                Payloads.list(i, in -> new Member(in.text(), in.text(), Role.fromCode(in.text()), in.instant(),
                        Boolean.TRUE.equals(in.flag()))),
                Payloads.list(i, Payloads::code));
        i.end();
        return kit;
    }

    // ---------------------------------------------------------------- packages (laptop)

    /** Writes a package of everything this laptop holds, sealed to the coordinator. */
    public ExportSummary exportPackage(OpenStudy study, Path out) {
        study.require(Capability.COLLECT);
        Repositories r = study.repositories();
        String publicKey = r.settings().setting(PUBLIC_KEY)
                .orElseThrow(() -> new CampoException("merge.noCoordinatorKey", study.file().getFileName()));
        String replica = r.settings().setting(REPLICA_ID).orElseThrow();
        var verification = study.audit().verifyWithKey();
        if (!verification.ok()) {
            throw new CampoException("merge.chainBrokenHere", verification.firstBrokenSeq());
        }
        // recorded first, so the package carries the entry that records it
        study.changes().run(c -> c.audit(AuditAction.PACKAGE_WRITTEN, "file=" + out.getFileName()));
        List<AuditEntry> stored = study.audit().storedEntries(1, Integer.MAX_VALUE);
        List<AuditEntry> readable = study.audit().entries(1, Integer.MAX_VALUE);
        List<Payloads.CarriedEntry> entries = new ArrayList<>(stored.size());
        for (int k = 0; k < stored.size(); k++) {
            entries.add(new Payloads.CarriedEntry(stored.get(k), readable.get(k).actor(), readable.get(k).details()));
        }
        List<Submission> submissions = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (FormVersion latest : r.forms().latestVersions()) {
            r.forms().versionsOf(latest.formId()).forEach(v -> refs.add(v.id()));
        }
        r.submissions().forEach(refs, SubmissionStatus.FINAL, submissions::add);
        List<FormVersion> forms = new ArrayList<>();
        refs.forEach(id -> r.forms().findById(id).ifPresent(forms::add));
        List<ParticipantRow> participants = r.participants().all();
        var record = study.record();
        Wire.Out o = new Wire.Out(PACKAGE_MAGIC, PACKAGE_VERSION);
        o.text(record.id()).text(replica);
        Payloads.list(o, entries, Payloads::entry);
        Payloads.list(o, forms, Payloads::form);
        Payloads.list(o, r.sites().all(), Payloads::site);
        Payloads.list(o, r.consents().scripts(), Payloads::script);
        Payloads.list(o, participants, (w, p) -> Payloads.participant(w, p, r.participants().attributes(p.id())));
        List<ConsentRow> consents = r.consents().consents();
        List<WithdrawalRow> withdrawals = r.consents().withdrawals();
        List<Source> sources = r.sources().all();
        List<Coding> codings = r.codings().all();
        List<Memo> memos = r.memos().all();
        Payloads.list(o, consents, Payloads::consent);
        Payloads.list(o, withdrawals, Payloads::withdrawal);
        Payloads.list(o, r.tombstones().all(), Payloads::tombstone);
        Payloads.list(o, submissions, Payloads::submission);
        Payloads.list(o, r.codes().all(), Payloads::code);
        Payloads.list(o, sources, Payloads::source);
        Payloads.list(o, codings, Payloads::coding);
        Payloads.list(o, memos, Payloads::memo);
        Payloads.list(o, r.caseAttributes().all(), Payloads::caseAttribute);
        byte[] sealed = PackageSeal.seal(Base64.getDecoder().decode(publicKey), o.bytes(), context(record.id(), replica));
        Wire.Out file = new Wire.Out(PACKAGE_MAGIC, PACKAGE_VERSION);
        file.text(record.id()).text(replica).blob(sealed);
        writePrivately(out, file.bytes());
        return new ExportSummary(replica, submissions.size(), participants.size(), entries.size(),
                consents.size(), withdrawals.size(), sources.size(), codings.size(), memos.size());
    }

    // ---------------------------------------------------------------- packages (coordinator)

    private record Package(String studyId, String deviceId, List<AuditEntry> entries, List<FormVersion> forms,
                           List<Site> sites, List<ConsentScriptRow> scripts,
                           List<Payloads.ParticipantWithAttributes> participants, List<ConsentRow> consents,
                           List<WithdrawalRow> withdrawals, List<Tombstone> tombstones, List<Submission> submissions,
                           List<Code> codes, List<Source> sources, List<Coding> codings, List<Memo> memos,
                           List<CaseAttribute> caseAttributes, List<AuditEntry> readableEntries) {
    }

    /**
     * Verifies and merges one package, all or nothing. Coordinators only.
     *
     * @throws CampoException naming what is wrong (another study, a damaged or altered file, a chain
     *                        that does not continue what was merged) before anything changes
     */
    public ImportSummary importPackage(OpenStudy study, Path file) {
        study.require(Capability.MANAGE_MEMBERS);
        byte[] bytes = read(file);
        String digest = Hashing.sha256Hex(bytes);
        String name = file.getFileName().toString();
        Outer outer = outer(study, bytes, name);
        Repositories r = study.repositories();
        if (r.merges().isMerged(digest)) {
            long head = r.merges().deviceHead(outer.deviceId()).map(DeviceHead::seq).orElse(0L);
            return new ImportSummary(outer.deviceId(), true, 0, 0, 0, 0, head, 0, List.of());
        }
        Package p = open(study, outer, name);
        AuditEntry last = checkChain(study, p, name);
        return apply(study, p, digest, last);
    }

    /** Whether a package is new here, already merged (importing it changes nothing) or refused. */
    public enum PackageStatus { NEW, ALREADY_MERGED, REFUSED }

    /** How many records of each kind a package carries. */
    public record PackageContents(int submissions, int participants, int consents, int withdrawals, int tombstones,
                                  int sources, int codings, int memos, int forms) {
    }

    /**
     * What a package holds and what importing it would do, read without changing the study.
     *
     * @param digest     SHA-256 of the file (null when it could not be read)
     * @param deviceId   the laptop's replica id (null when the file is not a package)
     * @param sender     the members who recorded what it carries, by user name (null when its seal did not
     *                   open or it holds no submission, consent, withdrawal or coding)
     * @param writtenAt  when the package was written (its last audit entry), or null
     * @param contents   null when the seal did not open
     * @param chainHead  the hash of the last audit entry in the package, or null
     * @param refusal    why an import would be refused (a translated sentence by key), for {@code REFUSED}
     */
    public record PackageInspection(Path file, String digest, PackageStatus status, String deviceId, String sender,
                                    Instant writtenAt, PackageContents contents, long chainLength, String chainHead,
                                    CampoException refusal) {
    }

    /**
     * Reads a package as {@link #importPackage} would, without importing it: the seal, the study id
     * and the audit chain (against what was merged from that laptop before) are checked; nothing in
     * the study changes and nothing is audited. Coordinators only.
     */
    public PackageInspection inspectPackage(OpenStudy study, Path file) {
        study.require(Capability.MANAGE_MEMBERS);
        String name = file.getFileName().toString();
        String digest = null;
        Outer outer = null;
        Package p = null;
        try {
            byte[] bytes = read(file);
            digest = Hashing.sha256Hex(bytes);
            outer = outer(study, bytes, name);
            boolean merged = study.repositories().merges().isMerged(digest);
            p = open(study, outer, name);
            if (!merged) {
                checkChain(study, p, name);
            }
            return inspection(study, file, digest, merged ? PackageStatus.ALREADY_MERGED : PackageStatus.NEW, outer, p,
                    null);
        } catch (org.campo.common.AccessDeniedException e) {
            throw e;
        } catch (CampoException e) {
            return inspection(study, file, digest, PackageStatus.REFUSED, outer, p, e);
        }
    }

    private static PackageInspection inspection(OpenStudy study, Path file, String digest, PackageStatus status,
                                                Outer outer, Package p, CampoException refusal) {
        String device = outer == null ? null : outer.deviceId();
        if (p == null) {
            return new PackageInspection(file, digest, status, device, null, null, null, 0, null, refusal);
        }
        AuditEntry last = p.entries().isEmpty() ? null : p.entries().get(p.entries().size() - 1);
        String sender = senders(study, p);
        PackageContents contents = new PackageContents(p.submissions().size(), p.participants().size(),
                p.consents().size(), p.withdrawals().size(), p.tombstones().size(), p.sources().size(),
                p.codings().size(), p.memos().size(), p.forms().size());
        return new PackageInspection(file, digest, status, device, sender, last == null ? null : last.at(), contents,
                p.entries().size(), last == null ? null : last.hash(), refusal);
    }

    /**
     * Who recorded what a package carries, by user name: the members of its submissions, consents,
     * withdrawals and codings (the laptop's audit trail names them too, but sealed under the laptop's
     * key). Null when the package holds no such record.
     */
    private static String senders(OpenStudy study, Package p) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        p.submissions().forEach(x -> ids.add(x.memberId()));
        p.consents().forEach(x -> ids.add(x.memberId()));
        p.withdrawals().forEach(x -> ids.add(x.memberId()));
        p.codings().forEach(x -> ids.add(x.coderId()));
        ids.remove(null);
        if (ids.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(study.repositories().members().findById(id).map(Member::userName).orElse(id));
        }
        return String.join(", ", names);
    }

    private record Outer(String studyId, String deviceId, byte[] sealed) {
    }

    /** The clear envelope: magic, version, study and replica ids; another study's package is refused here. */
    private static Outer outer(OpenStudy study, byte[] bytes, String name) {
        Wire.In in = new Wire.In(bytes, PACKAGE_MAGIC, PACKAGE_VERSION, name);
        Outer outer = new Outer(in.text(), in.text(), in.blob());
        in.end();
        if (!study.record().id().equals(outer.studyId())) {
            throw new CampoException("merge.otherStudy", name);
        }
        return outer;
    }

    /** Opens the seal with the coordinator's private key and reads what it holds. */
    private Package open(OpenStudy study, Outer outer, String name) {
        byte[] privateKey = study.repositories().settings().sealedSetting(PRIVATE_KEY)
                .map(Base64.getDecoder()::decode)
                .orElseThrow(() -> new CampoException("merge.notCoordinatorStudy"));
        byte[] plain;
        try {
            plain = PackageSeal.open(privateKey, outer.sealed(), context(outer.studyId(), outer.deviceId()));
        } catch (WrongSecretException e) {
            throw new CampoException("merge.sealBroken", name);
        }
        Package p = readPackage(plain, name);
        if (!p.studyId().equals(outer.studyId()) || !p.deviceId().equals(outer.deviceId())) {
            throw new CampoException("merge.sealBroken", name);
        }
        return p;
    }

    /** The package's chain is whole and continues what was merged from that laptop before; returns its last entry. */
    private static AuditEntry checkChain(OpenStudy study, Package p, String name) {
        long broken = AuditChain.firstBroken(p.entries());
        if (broken >= 0 || p.entries().isEmpty()) {
            throw new CampoException("merge.chainBroken", name, broken);
        }
        AuditEntry last = p.entries().get(p.entries().size() - 1);
        Optional<DeviceHead> known = study.repositories().merges().deviceHead(p.deviceId());
        if (known.isPresent()) {
            DeviceHead h = known.get();
            if (last.seq() < h.seq()) {
                throw new CampoException("merge.chainBehind", name, last.seq(), h.seq());
            }
            if (!p.entries().get((int) h.seq() - 1).hash().equals(h.hash())) {
                throw new CampoException("merge.chainForked", name, h.seq());
            }
        }
        return last;
    }

    private ImportSummary apply(OpenStudy study, Package p, String digest, AuditEntry last) {
        int[] counts = new int[4]; // added, duplicates, conflicts, removed
        int[] analysisAdded = new int[1];
        List<String> clashes = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        study.changes().run(c -> {
            Repositories r = c.repositories();
            Instant now = c.now();
            for (FormVersion f : p.forms()) {
                if (r.forms().findById(f.id()).isEmpty()) {
                    r.forms().add(f);
                }
            }
            for (Site s : p.sites()) {
                if (r.sites().findByCode(s.code()).isEmpty()) {
                    r.sites().add(s);
                }
            }
            for (ConsentScriptRow s : p.scripts()) {
                if (r.consents().findScript(s.id()).isEmpty()) {
                    r.consents().addScript(s);
                }
            }
            Map<String, String> participantIds = new HashMap<>();
            for (Payloads.ParticipantWithAttributes pa : p.participants()) {
                ParticipantRow row = pa.row();
                Optional<ParticipantRow> byId = r.participants().findById(row.id());
                Optional<ParticipantRow> byCode = r.participants().findByCode(row.code());
                if (byId.isPresent()) {
                    participantIds.put(row.id(), row.id());
                } else if (byCode.isPresent()) {
                    participantIds.put(row.id(), byCode.get().id()); // the same person met on two laptops
                } else if (!r.tombstones().contains(row.id())) {
                    r.participants().add(row, pa.attributes());
                    participantIds.put(row.id(), row.id());
                }
            }
            for (Tombstone t : p.tombstones()) {
                r.tombstones().add(t);
                String mapped = participantIds.get(t.id());
                if (Tombstone.PARTICIPANT.equals(t.kind()) && mapped != null && !mapped.equals(t.id())) {
                    // withdrawn on one laptop under the id that laptop gave the person: reach them here too
                    r.tombstones().add(new Tombstone(mapped, t.kind(), t.deletedAt(), t.reason()));
                }
            }
            Set<String> consentIds = new HashSet<>();
            r.consents().consents().forEach(x -> consentIds.add(x.id()));
            for (ConsentRow x : p.consents()) {
                String pid = participantIds.get(x.participantId());
                if (pid != null && consentIds.add(x.id())) {
                    r.consents().addConsent(new ConsentRow(x.id(), pid, x.scriptId(), x.mode(), x.decisions(),
                            x.obtainedAt(), x.siteCode(), x.memberId(), x.minor(), x.guardianConsent(), x.assent(),
                            x.attestation(), x.witness()));
                }
            }
            Set<String> withdrawalIds = new HashSet<>();
            r.consents().withdrawals().forEach(w -> withdrawalIds.add(w.id()));
            for (WithdrawalRow w : p.withdrawals()) {
                String pid = participantIds.getOrDefault(w.participantId(),
                        r.participants().findById(w.participantId()).map(ParticipantRow::id).orElse(null));
                if (pid != null && withdrawalIds.add(w.id())) {
                    r.consents().addWithdrawal(new WithdrawalRow(w.id(), pid, w.participantCode(), w.withdrawnAt(),
                            w.scope(), w.memberId(), w.reason()));
                    r.participants().markWithdrawn(pid);
                }
            }
            for (Submission s : p.submissions()) {
                if (r.tombstones().contains(s.id())
                        || (s.participantId() != null && r.tombstones().contains(s.participantId()))) {
                    continue;
                }
                Submission incoming = s.participantId() == null ? s : new Submission(s.id(), s.formRef(), s.status(),
                        s.rev(), s.createdAt(), s.updatedAt(), s.siteCode(), s.deviceId(), s.memberId(),
                        participantIds.getOrDefault(s.participantId(), s.participantId()), s.instanceXml());
                String instanceId = org.campo.store.InstanceIds.of(s.instanceXml());
                Optional<String> holder = instanceId == null ? Optional.empty()
                        : r.submissions().findByInstance(instanceId);
                Optional<Submission> same = r.submissions().findById(s.id());
                if (holder.isEmpty() && same.isEmpty()) {
                    r.submissions().insert(incoming);
                    kept.add(incoming.id());
                    counts[0]++;
                    c.audit(AuditAction.SUBMISSION_MERGED, "submission", incoming.id(), true,
                            "device=" + p.deviceId());
                    continue;
                }
                Submission existing = r.submissions().findById(holder.orElse(s.id())).orElseThrow();
                if (existing.instanceXml().equals(s.instanceXml())) {
                    counts[1]++;
                } else if (same.isEmpty() && !conflictKnown(r, existing.id())) {
                    Submission other = new Submission(Ids.newId(), incoming.formRef(), incoming.status(),
                            incoming.rev(), incoming.createdAt(), incoming.updatedAt(), incoming.siteCode(),
                            incoming.deviceId(), incoming.memberId(), incoming.participantId(), incoming.instanceXml());
                    r.submissions().insertConflicting(other);
                    r.merges().addConflict(new MergeConflict(Ids.newId(), existing.id(), other.id(),
                            p.deviceId(), now, null, null));
                    counts[2]++;
                    c.audit(AuditAction.MERGE_CONFLICT, "submission", other.id(), true,
                            "instanceID=" + instanceId + " kept=" + existing.id() + " device=" + p.deviceId());
                } else {
                    counts[1]++;
                }
            }
            int analysis = mergeAnalysis(r, p, participantIds, clashes);
            analysisAdded[0] = analysis;
            counts[3] = applyTombstones(c, now);
            rows.refresh(study, kept.stream().filter(id -> r.submissions().findById(id).isPresent()).toList());
            r.merges().saveDeviceHead(new DeviceHead(p.deviceId(), last.seq(), last.hash(), now));
            r.merges().recordPackage(digest, p.deviceId(), now);
            c.audit(AuditAction.PACKAGE_MERGED, "device=" + p.deviceId() + " package=" + digest + " head="
                    + last.seq() + ":" + last.hash() + " added=" + counts[0] + " conflicts=" + counts[2]
                    + " removed=" + counts[3] + " analysis=" + analysisAdded[0] + " sameNamedCodes=" + clashes.size());
        });
        return new ImportSummary(p.deviceId(), false, counts[0], counts[1], counts[2], counts[3], last.seq(),
                analysisAdded[0], clashes);
    }

    /**
     * Merges the qualitative analysis: codes by id (a code named like one of another id is added
     * apart and reported, never folded in), sources, codings with their coder, memos and case
     * attributes by id or name; nothing a tombstone names comes in. What is already here stays,
     * except a source or memo edited later on the laptop, so any import order gives the same study.
     */
    private static int mergeAnalysis(Repositories r, Package p, Map<String, String> participantIds,
                                     List<String> clashes) {
        int added = 0;
        Map<String, String> namesHere = new HashMap<>();
        for (Code code : r.codes().all()) {
            namesHere.put(normalName(code.name()), code.id());
        }
        for (Code code : p.codes()) {
            if (r.codes().findById(code.id()).isPresent()) {
                continue;
            }
            String other = namesHere.get(normalName(code.name()));
            if (other != null && !other.equals(code.id())) {
                clashes.add(code.name());
            }
            String parent = code.parentId() != null && r.codes().findById(code.parentId()).isPresent()
                    ? code.parentId() : null;
            r.codes().add(new Code(code.id(), parent, code.name(), code.definition(), code.inclusion(),
                    code.exclusion(), code.example(), code.color(), code.codable(), code.createdAt()));
            namesHere.putIfAbsent(normalName(code.name()), code.id());
            added++;
        }
        for (Source s : p.sources()) {
            String caseId = s.caseId() == null ? null : participantIds.getOrDefault(s.caseId(), s.caseId());
            if (r.tombstones().contains(s.id()) || (caseId != null && r.tombstones().contains(caseId))
                    || (s.caseId() != null && r.tombstones().contains(s.caseId()))) {
                continue;
            }
            Optional<Source> here = r.sources().findById(s.id());
            if (here.isPresent()) {
                if (s.updatedAt().isAfter(here.get().updatedAt())) {
                    r.sources().update(new Source(s.id(), s.name(), s.kind(), caseId, here.get().submissionId(),
                            s.text(), here.get().createdAt(), s.updatedAt()));
                }
                continue;
            }
            String submission = s.submissionId() != null && r.sources().findBySubmission(s.submissionId()).isEmpty()
                    ? s.submissionId() : null;
            r.sources().add(new Source(s.id(), s.name(), s.kind(), caseId, submission, s.text(), s.createdAt(),
                    s.updatedAt()));
            added++;
        }
        for (Coding k : p.codings()) {
            if (r.tombstones().contains(k.id()) || r.codings().findById(k.id()).isPresent()
                    || r.sources().findById(k.sourceId()).isEmpty() || r.codes().findById(k.codeId()).isEmpty()) {
                continue;
            }
            r.codings().add(k);
            added++;
        }
        for (Memo m : p.memos()) {
            if (r.tombstones().contains(m.id()) || (m.targetId() != null && r.tombstones().contains(m.targetId()))) {
                continue;
            }
            Optional<Memo> here = r.memos().findById(m.id());
            if (here.isEmpty()) {
                r.memos().add(m);
                added++;
            } else if (m.updatedAt().isAfter(here.get().updatedAt())) {
                r.memos().update(m);
            }
        }
        Map<String, Set<String>> attributesHere = new HashMap<>();
        for (CaseAttribute a : r.caseAttributes().all()) {
            attributesHere.computeIfAbsent(a.caseId(), x -> new HashSet<>()).add(a.name());
        }
        for (CaseAttribute a : p.caseAttributes()) {
            String caseId = participantIds.getOrDefault(a.caseId(), a.caseId());
            if (r.tombstones().contains(caseId) || r.tombstones().contains(a.caseId())) {
                continue;
            }
            if (attributesHere.computeIfAbsent(caseId, x -> new HashSet<>()).add(a.name())) {
                r.caseAttributes().put(new CaseAttribute(caseId, a.name(), a.value(), a.sensitive()));
                added++;
            }
        }
        return added;
    }

    private static String normalName(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean conflictKnown(Repositories r, String existingId) {
        return r.merges().conflicts().stream().anyMatch(x -> x.keptId().equals(existingId) && x.resolvedAt() == null);
    }

    /** Removes data that any laptop's tombstones name: a withdrawal anywhere reaches data merged from everywhere. */
    private static int applyTombstones(org.campo.study.Change c, Instant now) {
        Repositories r = c.repositories();
        int removed = 0;
        for (Tombstone t : r.tombstones().all()) {
            if (Tombstone.PARTICIPANT.equals(t.kind())) {
                for (SubmissionSummary s : r.submissions().listByParticipant(t.id())) {
                    r.submissions().delete(s.id());
                    r.tombstones().add(new Tombstone(s.id(), Tombstone.SUBMISSION, now, t.reason()));
                    removed++;
                }
                int[] analysis = AnalysisErasure.eraseCase(r, t.id(), now, t.reason());
                removed += analysis[0];
                r.participants().findById(t.id()).filter(pr -> !pr.withdrawn())
                        .ifPresent(pr -> r.participants().eraseAttributesAndMarkWithdrawn(pr.id()));
            } else if (Tombstone.SUBMISSION.equals(t.kind()) && r.submissions().findById(t.id()).isPresent()) {
                r.submissions().delete(t.id());
                removed++;
            } else if (Tombstone.SOURCE.equals(t.kind()) && r.sources().findById(t.id()).isPresent()) {
                AnalysisErasure.eraseSource(r, t.id(), now, t.reason());
                removed++;
            } else if (Tombstone.CODING.equals(t.kind()) && r.codings().findById(t.id()).isPresent()) {
                r.codings().delete(t.id());
                removed++;
            } else if (Tombstone.MEMO.equals(t.kind()) && r.memos().findById(t.id()).isPresent()) {
                r.memos().delete(t.id());
                removed++;
            }
        }
        if (removed > 0) {
            c.audit(AuditAction.SUBMISSION_DELETED, "tombstones applied by merge: " + removed);
        }
        return removed;
    }

    private Package readPackage(byte[] plain, String name) {
        Wire.In i = new Wire.In(plain, PACKAGE_MAGIC, PACKAGE_VERSION, name);
        String studyId = i.text();
        String deviceId = i.text();
        List<Payloads.CarriedEntry> carried = Payloads.list(i, Payloads::entry);
        Package p = new Package(studyId, deviceId, carried.stream().map(Payloads.CarriedEntry::stored).toList(),
                Payloads.list(i, Payloads::form),
                Payloads.list(i, Payloads::site), Payloads.list(i, Payloads::script),
                Payloads.list(i, Payloads::participant), Payloads.list(i, Payloads::consent),
                Payloads.list(i, Payloads::withdrawal), Payloads.list(i, Payloads::tombstone),
                Payloads.list(i, Payloads::submission), Payloads.list(i, Payloads::code),
                Payloads.list(i, Payloads::source), Payloads.list(i, Payloads::coding), Payloads.list(i, Payloads::memo),
                Payloads.list(i, Payloads::caseAttribute), carried.stream().map(Payloads.CarriedEntry::readable).toList());
        i.end();
        return p;
    }

    // ---------------------------------------------------------------- conflicts

    /** Open and resolved conflicts. Coordinators only. */
    public List<MergeConflict> conflicts(OpenStudy study) {
        study.require(Capability.MANAGE_MEMBERS);
        return study.repositories().merges().conflicts();
    }

    /**
     * Resolves a conflict by keeping one version ({@code keep} is the submission id to keep); the other
     * is deleted, tombstoned and audited, and the kept one holds the instanceID.
     */
    public void resolve(OpenStudy study, String conflictOrSubmissionId, String keep) {
        study.require(Capability.MANAGE_MEMBERS);
        MergeConflict conflict = study.repositories().merges().conflicts().stream()
                .filter(x -> x.resolvedAt() == null)
                .filter(x -> x.id().equals(conflictOrSubmissionId) || x.keptId().equals(conflictOrSubmissionId)
                        || x.otherId().equals(conflictOrSubmissionId))
                .findFirst().orElseThrow(() -> new CampoException("merge.noSuchConflict", conflictOrSubmissionId));
        if (!keep.equals(conflict.keptId()) && !keep.equals(conflict.otherId())) {
            throw new CampoException("merge.keepNotInConflict", keep, conflict.keptId(), conflict.otherId());
        }
        String drop = keep.equals(conflict.keptId()) ? conflict.otherId() : conflict.keptId();
        study.changes().run(c -> {
            Repositories r = c.repositories();
            r.submissions().delete(drop);
            r.tombstones().add(new Tombstone(drop, Tombstone.SUBMISSION, c.now(), "merge conflict " + conflict.id()));
            r.submissions().claimInstance(keep);
            r.merges().resolve(conflict.id(), keep, c.now());
            rows.refresh(study, List.of(keep));
            c.audit(AuditAction.MERGE_RESOLVED, "submission", keep, true, "conflict=" + conflict.id() + " dropped=" + drop);
        });
    }

    /** One side of a conflict: who recorded this version, where and when. */
    public record ConflictVersion(String submissionId, String deviceId, String memberName, String siteCode,
                                  Instant createdAt, Instant updatedAt, int rev) {
    }

    /** An answer the two versions give differently ({@code question} is its path in the form, root left out). */
    public record AnswerDifference(String question, String kept, String other) {
    }

    /** An open conflict with both versions and what differs between them, for the coordinator to choose. */
    public record ConflictDetail(String conflictId, String instanceId, String formId, String formTitle,
                                 String formVersion, Instant detectedAt, ConflictVersion kept, ConflictVersion other,
                                 List<AnswerDifference> differences) {
        public ConflictDetail {
            differences = List.copyOf(differences);
        }
    }

    /**
     * The open conflicts, each with both versions side by side and the answers that differ. A version
     * no longer held (removed by a withdrawal) leaves its conflict out. Coordinators only.
     */
    public List<ConflictDetail> openConflicts(OpenStudy study) {
        study.require(Capability.MANAGE_MEMBERS);
        study.require(Capability.READ_RESPONSES);
        Repositories r = study.repositories();
        List<ConflictDetail> out = new ArrayList<>();
        for (MergeConflict c : r.merges().conflicts()) {
            if (c.resolvedAt() != null) {
                continue;
            }
            Optional<Submission> kept = r.submissions().findById(c.keptId());
            Optional<Submission> other = r.submissions().findById(c.otherId());
            if (kept.isEmpty() || other.isEmpty()) {
                continue;
            }
            Optional<FormVersion> form = r.forms().findById(kept.get().formRef());
            out.add(new ConflictDetail(c.id(), org.campo.store.InstanceIds.of(kept.get().instanceXml()),
                    form.map(FormVersion::formId).orElse(kept.get().formRef()), form.map(FormVersion::title).orElse(""),
                    form.map(FormVersion::version).orElse(""), c.detectedAt(), version(r, kept.get()),
                    version(r, other.get()), AnswerDiff.between(kept.get().instanceXml(), other.get().instanceXml())));
        }
        return out;
    }

    private static ConflictVersion version(Repositories r, Submission s) {
        String member = s.memberId() == null ? null
                : r.members().findById(s.memberId()).map(Member::userName).orElse(s.memberId());
        return new ConflictVersion(s.id(), s.deviceId(), member, s.siteCode(), s.createdAt(), s.updatedAt(), s.rev());
    }

    /** One package merged into this study, as its audit entry recorded it. */
    public record MergeRecord(Instant at, String actor, String deviceId, String packageDigest, long headSeq,
                              int added, int conflicts, int removed, int analysisAdded) {
    }

    /** The packages merged into this study, newest first, read from the audit trail. Coordinators only. */
    public List<MergeRecord> history(OpenStudy study) {
        study.require(Capability.MANAGE_MEMBERS);
        List<MergeRecord> out = new ArrayList<>();
        long size = study.audit().size();
        int page = 2000;
        for (long from = 1; from <= size; from += page) {
            for (AuditEntry e : study.audit().entries(from, page)) {
                if (AuditAction.PACKAGE_MERGED.equals(e.action())) {
                    out.add(record(e));
                }
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static MergeRecord record(AuditEntry e) {
        Map<String, String> d = new HashMap<>();
        for (String part : e.details() == null ? new String[0] : e.details().split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                d.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        String head = d.getOrDefault("head", "0");
        int colon = head.indexOf(':');
        return new MergeRecord(e.at(), e.actor(), d.get("device"), d.get("package"),
                number(colon < 0 ? head : head.substring(0, colon)), (int) number(d.get("added")),
                (int) number(d.get("conflicts")), (int) number(d.get("removed")), (int) number(d.get("analysis")));
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Whether this study is a laptop's, joined from a kit: it sends packages to the coordinator and
     * imports none. Any member of the study may ask (the answer is a clear setting).
     */
    public static boolean isLaptop(OpenStudy study) {
        return study.repositories().settings().setting(REPLICA_ID).isPresent();
    }

    /** What the coordinator's study shows of its key: the fingerprint laptops compare aloud, once a kit was written. */
    public Optional<String> coordinatorFingerprint(OpenStudy study) {
        return study.repositories().settings().setting(PUBLIC_KEY)
                .map(k -> PackageSeal.fingerprint(Base64.getDecoder().decode(k)));
    }

    /**
     * A file name for this laptop's package: study, member, the end of the replica id (two laptops of
     * one member differ) and the date, e.g. {@code Flujos-Tumbes_luis_3f9a2c_2026-12-01.campopkg}.
     */
    public String packageFileName(OpenStudy study, java.time.LocalDate date) {
        String replica = study.repositories().settings().setting(REPLICA_ID).orElse("");
        String tail = replica.replace("-", "");
        tail = tail.length() > 6 ? tail.substring(tail.length() - 6) : tail;
        return safeName(study.record().name()) + "_" + safeName(study.member().userName())
                + (tail.isEmpty() ? "" : "_" + tail) + "_" + date + ".campopkg";
    }

    /** A file name for a kit of this study: {@code Flujos-Tumbes_2026-12-01.campokit}. */
    public String kitFileName(OpenStudy study, java.time.LocalDate date) {
        return safeName(study.record().name()) + "_" + date + ".campokit";
    }

    private static String safeName(String text) {
        String n = text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "campo" : n;
    }

    /** Each laptop's merged audit head, for export manifests. */
    public List<DeviceHead> deviceHeads(OpenStudy study) {
        return study.repositories().merges().deviceHeads();
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] coordinatorPublicKey(OpenStudy study) {
        Repositories r = study.repositories();
        Optional<String> existing = r.settings().setting(PUBLIC_KEY);
        if (existing.isPresent() && r.settings().sealedSetting(PRIVATE_KEY).isPresent()) {
            return Base64.getDecoder().decode(existing.get());
        }
        PackageSeal.KeyPair pair = PackageSeal.generate();
        study.changes().run(c -> {
            c.repositories().settings().setSealedSetting(PRIVATE_KEY,
                    Base64.getEncoder().encodeToString(pair.privateKeyset()));
            c.repositories().settings().setSetting(PUBLIC_KEY, Base64.getEncoder().encodeToString(pair.publicKeyset()));
            c.audit(AuditAction.COORDINATOR_KEY_CREATED, "fingerprint=" + PackageSeal.fingerprint(pair.publicKeyset()));
        });
        return pair.publicKeyset();
    }

    private static byte[] context(String studyId, String deviceId) {
        return ("campo/package/v1|" + studyId + "|" + deviceId).getBytes(StandardCharsets.UTF_8);
    }

    private static final long MAX_FILE = 2L * 1024 * 1024 * 1024 - 64;

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new CampoException("merge.tooLarge", file.getFileName());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CampoException(e, "merge.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void writePrivately(Path out, byte[] bytes) {
        try {
            org.campo.common.AtomicWrite.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            throw new CampoException(e, "merge.cannotWrite", out.toString(), String.valueOf(e.getMessage()));
        }
    }
}
