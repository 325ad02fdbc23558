package org.campo.export.dataset;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.campo.export.AtomicFile;
import org.campo.export.CsvFormat;
import org.campo.store.TombstoneRepository;

/**
 * {@code tombstones.csv}: ids of withdrawn participants and deleted submissions. Every export
 * carries it so that whoever merges datasets removes those records everywhere, even from
 * exports made before the withdrawal.
 */
final class TombstoneFile {
    private final TombstoneRepository tombstones;

    TombstoneFile(TombstoneRepository tombstones) {
        this.tombstones = tombstones;
    }

    Path write(Path dir) {
        Path file = dir.resolve("tombstones.csv");
        AtomicFile.write(file, out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvFormat.writeRow(w, List.of("id", "kind", "deleted_at", "reason"));
            for (var t : tombstones.all()) {
                CsvFormat.writeRow(w, List.of(t.id(), t.kind(), t.deletedAt().toString(), t.reason()));
            }
            w.flush();
        });
        return file;
    }
}
