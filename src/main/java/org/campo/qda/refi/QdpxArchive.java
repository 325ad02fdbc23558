package org.campo.qda.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.campo.common.CampoException;

/**
 * A {@code .qdpx} read defensively: entry names that climb out of the archive or are absolute
 * are refused, and so is an archive that inflates beyond sane limits (a zip bomb), counted on
 * the bytes actually inflated rather than on the sizes the archive declares. Only what is read is
 * inflated: a project's audio and video are never unpacked. Lenient about the rest: the project
 * may be any single {@code *.qde} at the top (ATLAS.ti names it after the project), and the
 * sources folder may be {@code sources/} or {@code Sources/}.
 */
final class QdpxArchive implements AutoCloseable {
    /** Limits; a real project of interview texts is far below them. */
    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        static Limits defaults() {
            return new Limits(20_000, 256L << 20, 1L << 30, 200);
        }
    }

    private final Path file;
    private final ZipFile zip;
    private final Limits limits;
    private final String projectName;
    private final byte[] project;
    private final Map<String, ZipEntry> files;
    private final Map<String, byte[]> read = new HashMap<>();
    private final long[] total;

    private QdpxArchive(Path file, ZipFile zip, Limits limits, String projectName, byte[] project,
                        Map<String, ZipEntry> files, long[] total) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
        this.projectName = projectName;
        this.project = project;
        this.files = files;
        this.total = total;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written; the archive was only read
        }
    }

    String projectName() {
        return projectName;
    }

    byte[] project() {
        return project;
    }

    /**
     * The bytes behind a path of the project ({@code internal://<GUID>.<ext>}), or null when the
     * archive does not hold it. GUIDs are compared without braces and case.
     */
    byte[] internal(String path) {
        if (path == null || !path.regionMatches(true, 0, "internal://", 0, "internal://".length())) {
            return null;
        }
        String key = key(path.substring("internal://".length()));
        ZipEntry e = files.get(key);
        if (e == null) {
            return null;
        }
        return read.computeIfAbsent(key, k -> {
            try {
                return inflate(zip, e, limits, total, file);
            } catch (IOException ex) {
                throw new CampoException(ex, "refi.import.readFailed", file.toString(), String.valueOf(ex.getMessage()));
            }
        });
    }

    private static String key(String fileName) {
        String name = fileName.replace("{", "").replace("}", "").trim();
        int slash = name.lastIndexOf('/');
        return name.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    static QdpxArchive read(Path file) {
        return read(file, Limits.defaults());
    }

    static QdpxArchive read(Path file, Limits limits) {
        if (!Files.isRegularFile(file)) {
            throw new CampoException("refi.import.noFile", file.toString());
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            List<ZipEntry> qdes = new ArrayList<>();
            List<ZipEntry> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (entries.size() >= limits.maxEntries()) {
                    throw new CampoException("refi.import.tooLarge", file.getFileName().toString());
                }
                checkName(e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                entries.add(e);
                String name = e.getName().replace('\\', '/');
                if (!name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                    qdes.add(e);
                }
            }
            if (qdes.isEmpty()) {
                throw new CampoException("refi.import.noProject", file.getFileName().toString());
            }
            if (qdes.size() > 1) {
                throw new CampoException("refi.import.severalProjects", file.getFileName().toString(),
                        String.join(", ", qdes.stream().map(ZipEntry::getName).toList()));
            }
            long[] total = {0};
            byte[] project = inflate(zip, qdes.get(0), limits, total, file);
            Map<String, ZipEntry> files = new HashMap<>();
            for (ZipEntry e : entries) {
                if (e == qdes.get(0)) {
                    continue;
                }
                String name = e.getName().replace('\\', '/');
                int slash = name.indexOf('/');
                boolean inSources = slash > 0 && name.substring(0, slash).equalsIgnoreCase("sources");
                if (inSources || slash < 0) {
                    files.put(key(name), e);
                }
            }
            QdpxArchive archive = new QdpxArchive(file, zip, limits, qdes.get(0).getName(), project, files, total);
            zip = null;
            return archive;
        } catch (NoSuchFileException e) {
            throw new CampoException(e, "refi.import.noFile", file.toString());
        } catch (ZipException e) {
            throw new CampoException(e, "refi.import.notZip", file.getFileName().toString());
        } catch (IOException e) {
            throw new CampoException(e, "refi.import.readFailed", file.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (zip != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // the failure being reported matters more
                }
            }
        }
    }

    /** Refuses names that are absolute, carry a drive, climb with {@code ..} or hide a NUL. */
    static void checkName(String rawName) {
        String name = rawName.replace('\\', '/');
        boolean bad = name.startsWith("/") || name.indexOf('\0') >= 0 || name.matches("^[A-Za-z]:.*");
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                bad = true;
            }
        }
        if (bad) {
            throw new CampoException("refi.import.unsafeEntry", rawName);
        }
    }

    private static byte[] inflate(ZipFile zip, ZipEntry e, Limits limits, long[] total, Path file) throws IOException {
        long compressed = Math.max(e.getCompressedSize(), 1);
        try (InputStream in = zip.getInputStream(e)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                total[0] += r;
                boolean bomb = n > limits.maxEntryBytes() || total[0] > limits.maxTotalBytes()
                        || (n > (1 << 20) && n / compressed > limits.maxRatio());
                if (bomb) {
                    throw new CampoException("refi.import.zipBomb", file.getFileName().toString(), e.getName());
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        }
    }
}
