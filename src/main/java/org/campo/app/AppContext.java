package org.campo.app;

import java.time.Clock;
import org.campo.common.AppDirectories;
import org.campo.crypto.KdfParameters;
import org.campo.study.StudyFileCheck;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;

/**
 * The one composition root: builds every service with its collaborators. The GUI and the CLI
 * each create one AppContext and take services from it; nothing else calls constructors of
 * services, so wiring is visible in one place and tests can build a context on a temporary
 * home folder with a fixed clock.
 */
public final class AppContext {
    private final AppDirectories directories;
    private final Clock clock;
    private final AppSettings settings;
    private final StudyService studies;
    private final StudyFileCheck fileChecks;

    public AppContext(AppDirectories directories, Clock clock, KdfParameters kdf) {
        this.directories = directories;
        this.clock = clock;
        this.settings = new AppSettings(directories.settingsFile());
        this.studies = new StudyService(clock, directories.deviceId(), kdf, UnlockThrottle.real());
        this.fileChecks = new StudyFileCheck(clock);
    }

    /** The production wiring: the user's Campo folder, the system clock, full Argon2id cost. */
    public static AppContext production() {
        return new AppContext(AppDirectories.fromEnvironment(), Clock.systemDefaultZone(), KdfParameters.DEFAULT);
    }

    public AppDirectories directories() {
        return directories;
    }

    public Clock clock() {
        return clock;
    }

    public AppSettings settings() {
        return settings;
    }

    public StudyService studies() {
        return studies;
    }

    /** Key-less checks of a study file (integrity, audit chain). */
    public StudyFileCheck fileChecks() {
        return fileChecks;
    }
}
