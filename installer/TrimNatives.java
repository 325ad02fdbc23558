/*
 * Campo - offline field research toolkit.
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Removes other platforms' native libraries from a jar, in place. A native package is built
 * for one platform, and sqlite-jdbc alone carries about 13 MB of libraries for some twenty
 * others.
 *
 * <p>Usage: {@code java installer/TrimNatives.java JAR PREFIX KEEP...}, e.g. {@code
 * java installer/TrimNatives.java lib/sqlite-jdbc.jar org/sqlite/native/ Linux/x86_64/}: every
 * entry under PREFIX is dropped unless it lies under PREFIX + one of the KEEP folders (or is one
 * of the folders leading there). Fails if nothing would be kept, so a renamed folder in a new
 * library version cannot silently produce a jar without its native code.
 */
public final class TrimNatives {
    private TrimNatives() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TrimNatives JAR PREFIX KEEP...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        List<String> keep = Arrays.stream(args, 2, args.length).map(k -> prefix + k).toList();
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        long before = Files.size(jar);
        int kept = 0;
        int dropped = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                boolean native_ = name.startsWith(prefix);
                boolean wanted = !native_
                        || keep.stream().anyMatch(k -> name.startsWith(k) || k.startsWith(name));
                if (!wanted) {
                    dropped++;
                    continue;
                }
                if (native_ && !e.isDirectory()) {
                    kept++;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                copy(in, out);
                out.closeEntry();
            }
        }
        if (kept == 0) {
            Files.delete(tmp);
            throw new IOException("no native library under " + keep + " in " + jar + ": not trimmed");
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("TrimNatives: %s: kept %d native files, dropped %d entries, %d -> %d bytes%n",
                jar.getFileName(), kept, dropped, before, Files.size(jar));
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
