package org.campo.export.dataset;

import org.campo.export.FileNames;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.export.CsvFormat;

/**
 * Writes each table to {@code <table>.csv} (UTF-8 with a byte order mark, so spreadsheet
 * programs show accents right). Files are written under temporary names and renamed only when
 * the whole export succeeded, so a failed export leaves no partial dataset behind.
 */
final class CsvTableSink implements TableSink {
    private final Path dir;
    /**
     * By identity: {@code DatasetTable} is a record whose hash walks every column and field
     * schema, far too slow for a lookup per exported row; the exporter passes the layout's own
     * table objects.
     */
    private final Map<DatasetTable, Writer> writers = new IdentityHashMap<>();
    private final Map<DatasetTable, Path> temps = new LinkedHashMap<>();
    private boolean committed;

    CsvTableSink(Path dir, List<DatasetTable> tables) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        for (DatasetTable t : tables) {
            Path temp = Files.createTempFile(dir, "." + t.name() + ".", ".part");
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
                    1 << 18);
            w.write('\uFEFF');
            CsvFormat.writeRow(w, t.headers());
            writers.put(t, w);
            temps.put(t, temp);
        }
    }

    /** The row's CSV text (RFC 4180, formula cells neutralised as {@link CsvFormat#escape} does). */
    @Override
    public Object prepare(DatasetTable table, List<String> cells) {
        StringBuilder line = new StringBuilder(cells.size() * 8);
        CsvFormat.appendRow(line, cells);
        return line.toString();
    }

    @Override
    public void write(DatasetTable table, Object prepared) throws IOException {
        writers.get(table).write((String) prepared);
    }

    /** Renames every file into place. */
    @Override
    public List<Path> commit() throws IOException {
        for (Writer w : writers.values()) {
            w.close();
        }
        for (Map.Entry<DatasetTable, Path> e : temps.entrySet()) {
            Files.move(e.getValue(), FileNames.inside(dir, e.getKey().name() + ".csv"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
        return temps.keySet().stream().map(t -> dir.resolve(t.name() + ".csv")).toList();
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        for (Writer w : writers.values()) {
            w.close();
        }
        for (Path p : temps.values()) {
            Files.deleteIfExists(p);
        }
    }
}
