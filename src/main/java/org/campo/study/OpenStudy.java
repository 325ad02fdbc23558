package org.campo.study;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditLog;
import org.campo.crypto.DataKey;
import org.campo.crypto.FieldCipher;
import org.campo.crypto.KdfParameters;
import org.campo.crypto.KeyWrapper;
import org.campo.common.Ids;
import org.campo.store.Database;
import org.campo.store.FormRepository;
import org.campo.store.KeySlotRecord;
import org.campo.store.KeySlotStore;
import org.campo.model.Member;
import org.campo.store.MemberRepository;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.store.SiteRepository;
import org.campo.store.SqliteRepositories;
import org.campo.store.Repositories;
import org.campo.model.StudyRecord;
import org.campo.store.StudyTable;
import org.campo.store.SubmissionRepository;

/**
 * An unlocked study: the open file, the data key, and who is working. Feature services
 * (forms, consent, export) are built on it by the composition root. {@link #lock()} closes
 * the file and forgets the key; after that every use fails.
 */
public final class OpenStudy implements AutoCloseable {
    private final Database db;
    private final DataKey key;
    private final Member member;
    private final boolean viaRecovery;
    private final String deviceId;
    private final Clock clock;
    private final KdfParameters kdf;
    private final AuditLog audit;
    private final MemberRepository members;
    private final SiteRepository sites;
    private final FormRepository forms;
    private final SubmissionRepository submissions;
    private final Repositories repositories;
    private final UnitOfWork changes;

    OpenStudy(Database db, DataKey key, Member member, boolean viaRecovery, String deviceId, Clock clock,
              KdfParameters kdf) {
        this.db = db;
        this.key = key;
        this.member = member;
        this.viaRecovery = viaRecovery;
        this.deviceId = deviceId;
        this.clock = clock;
        this.kdf = kdf;
        this.audit = new AuditLog(db, clock, key);
        this.repositories = new GuardedRepositories(new SqliteRepositories(db, key), member.role());
        this.members = repositories.members();
        this.sites = repositories.sites();
        this.forms = repositories.forms();
        this.submissions = repositories.submissions();
        this.changes = new UnitOfWork(db, repositories, audit, this::actor, clock);
    }

    public StudyRecord record() {
        return new StudyTable(db).get();
    }

    public Path file() {
        return db.file();
    }

    public Member member() {
        return member;
    }

    public Role role() {
        return member.role();
    }

    /** The name that audit entries carry for this session. */
    public String actor() {
        return viaRecovery ? member.userName() + " (recovery key)" : member.userName();
    }

    public boolean unlockedWithRecoveryKey() {
        return viaRecovery;
    }

    public String deviceId() {
        return deviceId;
    }

    public Clock clock() {
        return clock;
    }

    /** The open file: only the study wiring (unlock, checks) reaches it; services use {@link #changes()}. */
    Database database() {
        return db;
    }

    /** The data key as a field cipher: only the study wiring reaches it. */
    FieldCipher cipher() {
        return key;
    }

    /**
     * Moves the write-ahead log into the main file and truncates it, so that content a change
     * deleted (with {@code secure_delete}) leaves no copy in the log (after a withdrawal).
     */
    public void checkpoint() {
        db.checkpoint();
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * The one way to change this study: every change runs through it with its audit entry, in
     * one transaction (see {@link UnitOfWork}).
     */
    public UnitOfWork changes() {
        return changes;
    }

    /** The study's repositories, guarded by this member's role. */
    public Repositories repositories() {
        return repositories;
    }

    public MemberRepository members() {
        return members;
    }

    public SiteRepository sites() {
        return sites;
    }

    public FormRepository forms() {
        return forms;
    }

    public SubmissionRepository submissions() {
        return submissions;
    }

    public void require(Capability capability) {
        Permissions.require(role(), capability);
    }

    public boolean can(Capability capability) {
        return Permissions.allows(role(), capability);
    }

    /** Adds a member with their own passphrase slot. Coordinators only. */
    public Member addMember(String userName, Role role, char[] passphrase) {
        require(Capability.MANAGE_MEMBERS);
        StudyService.checkUserName(userName);
        StudyService.checkPassphrase(passphrase);
        Member m = new Member(Ids.newId(), userName.trim(), role, clock.instant(), true);
        var wrapped = new KeyWrapper(kdf).wrap(key, passphrase, slotIdFor(m));
        return changes.apply(c -> {
            c.repositories().members().add(m);
            new KeySlotStore(db).add(new KeySlotRecord(slotIdFor(m), KeySlotRecord.Kind.PASSPHRASE, m.id(), wrapped));
            c.audit(AuditAction.MEMBER_ADDED, "member", m.id(), true, "user=" + m.userName() + " role=" + role.code());
            return m;
        });
    }

    /** Changes this member's passphrase (after unlocking with the old one or the recovery key). */
    public void changePassphrase(char[] newPassphrase) {
        StudyService.checkPassphrase(newPassphrase);
        var wrapped = new KeyWrapper(kdf).wrap(key, newPassphrase, slotIdFor(member));
        changes.run(c -> {
            new KeySlotStore(db).replaceForMember(
                    new KeySlotRecord(slotIdFor(member), KeySlotRecord.Kind.PASSPHRASE, member.id(), wrapped));
            // Sealed again: the verifier checks the row digest of the latest entry naming a row, so an
            // unsealed entry here would lift the seal that creation put on this member's role.
            c.audit(AuditAction.PASSPHRASE_CHANGED, "member", member.id(), true, null);
        });
    }

    static String slotIdFor(Member m) {
        return "slot-" + m.id();
    }

    /** Setting holding when the last backup was made. */
    static final String LAST_BACKUP = "backup.last";

    /**
     * Writes a verified copy of the study to {@code target} (see {@link Database#backupTo}) and
     * records it, so the app can remind the team when the last copy grows old.
     */
    public void backup(Path target) {
        if (target.toAbsolutePath().normalize().equals(file().toAbsolutePath().normalize())) {
            throw new org.campo.common.CampoException("study.backupOverStudy", target.toString());
        }
        db.backupTo(target);
        changes.run(c -> {
            c.repositories().settings().setSetting(LAST_BACKUP, clock.instant().toString());
            c.audit(AuditAction.BACKUP_MADE, "file=" + target.getFileName());
        });
    }

    /** When the last backup was made from this laptop's copy, if ever. */
    public java.util.Optional<java.time.Instant> lastBackup() {
        return repositories.settings().setting(LAST_BACKUP).map(java.time.Instant::parse);
    }

    /** Marks a study built in several steps (see {@link StudyService#createUnfinished}) as finished. */
    public void markComplete() {
        changes.run(c -> {
            c.repositories().settings().setSetting(StudyService.STATE, StudyService.COMPLETE);
            c.audit(AuditAction.STUDY_COMPLETED, null);
        });
    }

    public void addSite(Site site) {
        require(Capability.MANAGE_SITES);
        changes.run(c -> {
            c.repositories().sites().add(site);
            c.audit(AuditAction.SITE_ADDED, "site", site.id(), false, "code=" + site.code());
        });
    }

    public List<Member> listMembers() {
        return members.all();
    }

    public List<Site> listSites() {
        return sites.all();
    }

    public boolean isLocked() {
        return key.isDestroyed() || db.isClosed();
    }

    /** Records the lock, closes the file and forgets the key. Safe to call twice. */
    public void lock() {
        if (isLocked()) {
            return;
        }
        try {
            audit.append(actor(), AuditAction.LOCKED, null);
            db.checkpoint();
        } finally {
            key.destroy();
            db.close();
        }
    }

    @Override
    public void close() {
        lock();
    }
}
