package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.model.Code;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportQdpxCommandsTest {
    @TempDir
    Path dir;
    Path study;
    Path empty;
    CliRun cli;

    @BeforeEach
    void setUp() throws Exception {
        try (ConsentFixture f = new ConsentFixture(Files.createDirectories(dir.resolve("a")))) {
            QdaServices qda = f.ctx.qda(f.study);
            Participant p = f.participant("KI-LIM-01", Map.of());
            Source s = qda.sources().addNote("Notas", SourceKind.INTERVIEW_NOTES, p.id(), "Hola 😀 señor\r\nNiños y niñas");
            Code c = qda.codebook().create(null, "Infancia", "Niñez migrante", "#336699");
            qda.codings().code(s.id(), 13, 26, c.id());
            qda.cases().setAttribute(p.id(), "gender_identity", "mujer trans", true);
            study = f.file;
        }
        try (ConsentFixture f = new ConsentFixture(Files.createDirectories(dir.resolve("b")))) {
            empty = f.file;
        }
        cli = new CliRun(dir.resolve("cli-home")).passphrase(new String(ConsentFixture.PASSPHRASE));
    }

    @Test
    void exportWithCrlfThenImportIntoAnotherStudy() throws Exception {
        Path qdpx = dir.resolve("out.qdpx");
        CliRun.Result out = cli.run("export", "qdpx", study.toString(), "-o", qdpx.toString(), "--line-endings", "crlf");
        assertThat(out.code()).as(out.toString()).isZero();
        assertThat(out.out()).contains("Wrote the REFI-QDA project", "CRLF line endings", "! Sensitive attributes left out: gender_identity");
        assertThat(Files.size(qdpx)).isPositive();

        CliRun.Result in = cli.run("import", "qdpx", empty.toString(), qdpx.toString());
        assertThat(in.code()).as(in.toString()).isZero();
        assertThat(in.out()).contains("Sources: 1 texts.", "Codings: 1 by 1 coder ");

        CliRun.Result again = cli.run("import", "qdpx", empty.toString(), qdpx.toString());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Sources: 0 texts.", "Codings: 0 by 0 coders",
                "! \"Notas\" is already in the study (imported before): not imported again;"
                        + " 1 of its codings was already there and none is added.");
    }

    @Test
    void badLineEndingsAreAUsageErrorAndAHostileFileAClearError() throws Exception {
        CliRun.Result r = cli.run("export", "qdpx", study.toString(), "-o", dir.resolve("x.qdpx").toString(),
                "--line-endings", "cr");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        Path notZip = Files.writeString(dir.resolve("evil.qdpx"), "<!DOCTYPE x>");
        CliRun.Result bad = cli.run("import", "qdpx", empty.toString(), notZip.toString());
        assertThat(bad.code()).as(bad.toString()).isNotZero();
        assertThat(bad.err()).contains("not a ZIP archive");
    }
}
