package org.campo.form.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small RFC 4180 CSV reader for {@code pulldata} lookups. Attachment CSVs are small and
 * written by form authors in Excel, so a reader that handles quotes, doubled quotes, CRLF and a
 * UTF-8 byte order mark is all that is needed.
 */
final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(records.get(0), records.subList(1, records.size()));
    }

    /** The value in {@code returnColumn} of the first row whose {@code keyColumn} equals {@code key}. */
    Optional<String> lookup(String returnColumn, String keyColumn, String key) {
        int ret = header.indexOf(returnColumn);
        int k = header.indexOf(keyColumn);
        if (ret < 0 || k < 0) {
            return Optional.empty();
        }
        for (List<String> row : rows) {
            if (k < row.size() && row.get(k).equals(key)) {
                return Optional.of(ret < row.size() ? row.get(ret) : "");
            }
        }
        return Optional.empty();
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        records.removeIf(r -> r.size() == 1 && r.get(0).isEmpty());
        return records;
    }
}
