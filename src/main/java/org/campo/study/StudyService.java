package org.campo.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditLog;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.crypto.DataKey;
import org.campo.crypto.KdfParameters;
import org.campo.crypto.KeyWrapper;
import org.campo.crypto.RecoveryKey;
import org.campo.crypto.WrongSecretException;
import org.campo.store.Database;
import org.campo.store.DeviceTable;
import org.campo.store.KeySlotRecord;
import org.campo.store.ColumnSeals;
import org.campo.store.InstanceKeys;
import org.campo.store.KeySlotStore;
import org.campo.store.MetadataSeals;
import org.campo.store.DraftSeal;
import org.campo.store.TableSeals;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.store.SqliteMemberRepository;
import org.campo.store.StoreException;
import org.campo.model.StudyRecord;
import org.campo.store.StudyTable;

/**
 * Creates, describes and unlocks study files. This is where the security model's key slots
 * come together: a fresh data key wrapped once for the creator's passphrase and once for a
 * recovery key that is returned to be shown once.
 */
public final class StudyService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(StudyService.class.getName());
    /** Shortest passphrase accepted: long enough to resist guessing with Argon2id's cost. */
    public static final int MIN_PASSPHRASE = 8;

    private final Clock clock;
    private final String deviceId;
    private final KdfParameters kdf;
    private final UnlockThrottle throttle;

    public StudyService(Clock clock, String deviceId, KdfParameters kdf, UnlockThrottle throttle) {
        this.clock = clock;
        this.deviceId = deviceId;
        this.kdf = kdf;
        this.throttle = throttle;
    }

    /** Setting that marks a study whose creation finished ({@value #COMPLETE}) or is still under way. */
    static final String STATE = "study.state";
    static final String COMPLETE = "complete";
    static final String BUILDING = "building";

    /** Creates a study, complete as soon as this returns. */
    public CreatedStudy create(Path file, String studyName, String userName, Role role, char[] passphrase) {
        return create(file, studyName, userName, role, passphrase, true);
    }

    /**
     * Creates a study that is filled by further steps (the demo); it is marked incomplete until
     * {@link OpenStudy#markComplete()}, so a build killed half-way is never taken for a study.
     */
    public CreatedStudy createUnfinished(Path file, String studyName, String userName, Role role, char[] passphrase) {
        return create(file, studyName, userName, role, passphrase, false);
    }

    /**
     * Creates a laptop's copy of a coordinator's study from a study kit: the same study id and the
     * joining member's id from the kit, but its own data key and passphrase. Unfinished until the
     * kit's contents are in ({@link OpenStudy#markComplete()}).
     */
    public CreatedStudy createJoined(Path file, String studyId, String studyName, String memberId, String userName,
                                     Role role, char[] passphrase) {
        return create(file, studyId, studyName, memberId, userName, role, passphrase, false);
    }

    private CreatedStudy create(Path file, String studyName, String userName, Role role, char[] passphrase,
                                boolean complete) {
        return create(file, Ids.newId(), studyName, Ids.newId(), userName, role, passphrase, complete);
    }

    private CreatedStudy create(Path file, String studyId, String studyName, String memberId, String userName,
                                Role role, char[] passphrase, boolean complete) {
        if (studyName == null || studyName.isBlank()) {
            throw new CampoException("study.nameRequired");
        }
        checkUserName(userName);
        checkPassphrase(passphrase);
        if (Files.exists(file)) {
            throw new StoreException("store.exists", file.toString());
        }
        DataKey key = DataKey.generate();
        char[] recovery = RecoveryKey.generate();
        Member member = new Member(memberId, userName.trim(), role, clock.instant(), true);
        KeyWrapper wrapper = new KeyWrapper(kdf);
        String recoverySlot = "slot-recovery-" + Ids.newId();
        var memberWrapped = wrapper.wrap(key, passphrase, OpenStudy.slotIdFor(member));
        var recoveryWrapped = wrapper.wrap(key, recovery, recoverySlot);
        Database db = Database.open(file, true);
        try {
            db.run(() -> {
                StudyRecord study = new StudyRecord(studyId, studyName.trim(), clock.instant());
                new StudyTable(db).create(study);
                ColumnSeals.markSealed(db);
                MetadataSeals.markSealed(db);
                DraftSeal.sealOnce(db, key);
                TableSeals.sealOnce(db, key);
                new SqliteMemberRepository(db, key).add(member);
                KeySlotStore slots = new KeySlotStore(db);
                slots.add(new KeySlotRecord(OpenStudy.slotIdFor(member), KeySlotRecord.Kind.PASSPHRASE, member.id(),
                        memberWrapped));
                slots.add(new KeySlotRecord(recoverySlot, KeySlotRecord.Kind.RECOVERY, null, recoveryWrapped));
                new DeviceTable(db).touch(deviceId, clock.instant());
                AuditLog audit = new AuditLog(db, clock, key);
                audit.append(member.userName(), AuditAction.STUDY_CREATED, "member", member.id(), true,
                        "study=" + study.id() + " role=" + role.code());
                // written last: a file without it was not finished
                new StudyTable(db).setSetting(STATE, complete ? COMPLETE : BUILDING);
            });
        } catch (RuntimeException e) {
            db.close();
            deleteQuietly(file);
            throw e;
        }
        return new CreatedStudy(new OpenStudy(db, key, member, false, deviceId, clock, kdf), recovery);
    }

    /** Reads what the unlock screen needs, without any key. */
    public StudySummary summary(Path file) {
        try (Database db = Database.open(file, false)) {
            StudyTable table = new StudyTable(db);
            StudyRecord r = table.get();
            var withSlots = new KeySlotStore(db).memberIdsWithSlots();
            var members = new SqliteMemberRepository(db).all().stream().filter(Member::active)
                    .filter(m -> withSlots.contains(m.id())).toList();
            // names are sealed: only those of a file not yet converted can be listed
            var users = members.stream().map(Member::userName).filter(java.util.Objects::nonNull).toList();
            return new StudySummary(file, r.id(), r.name(), r.createdAt(), db.schemaVersion(), users,
                    members.size(), isComplete(table));
        }
    }

    /**
     * Unlocks with a member's passphrase, or with the recovery key (then {@code userName} names
     * who is using it, and must be a coordinator, or is empty to act as the first coordinator).
     *
     * @throws WrongPassphraseException when neither opens the study (exit code 3 in the CLI)
     */
    public OpenStudy unlock(Path file, String userName, char[] secret) {
        throttle.beforeAttempt(file);
        Database db = Database.open(file, false);
        try {
            if (!isComplete(new StudyTable(db))) {
                throw new CampoException("study.incomplete", file.toString());
            }
            OpenStudy study = RecoveryKey.looksLikeRecoveryKey(secret)
                    ? unlockWithRecovery(db, userName, RecoveryKey.normalize(secret))
                    : unlockWithPassphrase(db, userName, secret);
            throttle.succeeded(file);
            boolean metadataWasClear = !MetadataSeals.done(db);
            db.run(() -> {
                int sealed = ColumnSeals.sealOlderRows(db, study.cipher());
                if (sealed > 0) {
                    study.audit().append(study.actor(), AuditAction.SUBMISSIONS_SEALED, "count=" + sealed);
                }
                int indexed = InstanceKeys.fillMissing(db, study.cipher());
                if (indexed > 0) {
                    study.audit().append(study.actor(), AuditAction.SUBMISSIONS_INDEXED, "count=" + indexed);
                }
                sealOlderMetadata(db, study);
                DraftSeal.sealOnce(db, study.cipher());
                TableSeals.sealOnce(db, study.cipher());
                new DeviceTable(db).touch(deviceId, clock.instant());
                study.audit().append(study.actor(), study.unlockedWithRecoveryKey()
                        ? AuditAction.UNLOCKED_WITH_RECOVERY : AuditAction.UNLOCKED, "device=" + deviceId);
            });
            if (metadataWasClear && MetadataSeals.done(db)) {
                db.checkpoint(); // the clear values' old pages leave the log too
            }
            return study;
        } catch (WrongPassphraseException e) {
            throttle.failed(file);
            // written without the key, so in clear: never the name typed (it is sealed everywhere else,
            // and a passphrase typed into the name field must not land in the file), only the member's id
            String memberId = userName == null || userName.isBlank() ? null
                    : new SqliteMemberRepository(db).findByUserName(userName.trim()).map(Member::id).orElse(null);
            new AuditLog(db, clock).append("", AuditAction.UNLOCK_FAILED,
                    "device=" + deviceId + (memberId == null ? "" : " member=" + memberId));
            db.close();
            throw e;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private OpenStudy unlockWithPassphrase(Database db, String userName, char[] passphrase) {
        Optional<Member> member = userName == null || userName.isBlank() ? onlyMemberWithSlot(db)
                : Optional.of(userName.trim()).flatMap(new SqliteMemberRepository(db)::findByUserName)
                        .filter(Member::active);
        if (member.isEmpty()) {
            throw new WrongPassphraseException("study.wrongPassphrase");
        }
        KeySlotRecord slot = new KeySlotStore(db).forMember(member.get().id())
                .orElseThrow(() -> new WrongPassphraseException("study.wrongPassphrase"));
        try {
            DataKey key = KeyWrapper.unwrap(slot.wrappedKey(), passphrase, slot.id());
            return new OpenStudy(db, key, withName(db, key, member.get()), false, deviceId, clock, kdf);
        } catch (WrongSecretException e) {
            throw new WrongPassphraseException("study.wrongPassphrase");
        }
    }

    private OpenStudy unlockWithRecovery(Database db, String userName, char[] recovery) {
        var membersRepo = new SqliteMemberRepository(db);
        Member member = (userName == null || userName.isBlank()
                ? membersRepo.all().stream().filter(m -> m.role() == Role.COORDINATOR && m.active()).findFirst()
                : membersRepo.findByUserName(userName.trim()))
                .filter(m -> m.role() == Role.COORDINATOR)
                .orElseThrow(() -> new WrongPassphraseException("study.recoveryNeedsCoordinator"));
        for (KeySlotRecord slot : new KeySlotStore(db).recoverySlots()) {
            try {
                DataKey key = KeyWrapper.unwrap(slot.wrappedKey(), recovery, slot.id());
                return new OpenStudy(db, key, withName(db, key, member), true, deviceId, clock, kdf);
            } catch (WrongSecretException e) {
                // try the next recovery slot
            }
        }
        throw new WrongPassphraseException("study.wrongPassphrase");
    }

    /**
     * Seals the metadata and audit details of a file from before they were sealed, once, re-linking
     * the chain (see {@link AuditLog#sealOlderEntries}). A file whose chain does not verify is left
     * as it is, readable by Campo, until it is restored from a backup: re-linking would hide the break.
     */
    private static void sealOlderMetadata(Database db, OpenStudy study) {
        if (MetadataSeals.done(db)) {
            return;
        }
        long relinked = study.audit().sealOlderEntries(study.actor(), java.util.Set.copyOf(MetadataSeals.TABLES),
                () -> MetadataSeals.convert(db, study.cipher()));
        if (relinked < 0) {
            LOG.warning("metadata not sealed: the audit chain of " + db.file().getFileName() + " does not verify");
            return;
        }
        MetadataSeals.markSealed(db);
    }

    /**
     * The one active member with a passphrase slot, when no name was given: names are sealed, so a
     * study with a single member unlocks without one.
     */
    private static Optional<Member> onlyMemberWithSlot(Database db) {
        var withSlots = new KeySlotStore(db).memberIdsWithSlots();
        List<Member> members = new SqliteMemberRepository(db).all().stream().filter(Member::active)
                .filter(m -> withSlots.contains(m.id())).toList();
        return members.size() == 1 ? Optional.of(members.get(0)) : Optional.empty();
    }

    /** The member as read with the key (a name sealed before unlock is readable now). */
    private static Member withName(Database db, DataKey key, Member member) {
        return member.userName() != null ? member
                : new SqliteMemberRepository(db, key).findById(member.id()).orElse(member);
    }

    static boolean isComplete(StudyTable table) {
        return table.setting(STATE).map(COMPLETE::equals).orElse(false);
    }

    static void checkUserName(String userName) {
        if (userName == null || userName.isBlank() || userName.trim().length() > 64) {
            throw new CampoException("study.userNameInvalid");
        }
    }

    static void checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new CampoException("study.passphraseTooShort", MIN_PASSPHRASE);
        }
        if (RecoveryKey.looksLikeRecoveryKey(passphrase)) {
            throw new CampoException("study.passphraseLooksLikeRecovery");
        }
        if (new String(passphrase).isBlank()) {
            throw new CampoException("study.passphraseTooShort", MIN_PASSPHRASE);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file.toString() + suffix));
            } catch (java.io.IOException ignored) {
                // best effort: the create failed anyway
            }
        }
    }
}
