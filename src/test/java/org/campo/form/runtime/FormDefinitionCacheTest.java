package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached, serialized definition behaves exactly like a freshly parsed one. */
class FormDefinitionCacheTest {

    @Test
    void definitionReadFromTheCacheRunsLikeTheParsedOne(@TempDir Path dir) throws Exception {
        String xml = TestForms.xml("J01");
        FormDefinition parsed = new FormLoader(FormDefinitionCache.directory(dir)).load(xml);
        assertThat(Files.list(dir)).singleElement()
                .satisfies(f -> assertThat(f.getFileName().toString()).startsWith(parsed.sha256()));

        FormDefinition cached = new FormLoader(FormDefinitionCache.directory(dir)).load(xml);

        assertThat(cached.sha256()).isEqualTo(parsed.sha256());
        assertThat(cached.formId()).isEqualTo(parsed.formId());
        assertThat(cached.languages()).isEqualTo(parsed.languages());
        assertThat(cached.repeatPaths()).isEqualTo(parsed.repeatPaths()).isNotEmpty();
        FormSession fromCache = FormSession.start(cached, TestForms.CONTEXT);
        FormSession fromParse = FormSession.start(parsed, TestForms.CONTEXT);
        assertThat(fromCache.outline()).isEqualTo(fromParse.outline());
        assertThat(new AutoFiller().fillToEnd(fromCache).kind()).isEqualTo(Screen.Kind.END);
    }

    @Test
    void inMemoryCacheKeepsSensitivityAndAttachments() {
        FormLoader loader = new FormLoader(FormDefinitionCache.inMemory());
        String xml = TestForms.xml("campo");
        loader.load(xml, TestForms.attachments("campo"));

        FormDefinition again = loader.load(xml, TestForms.attachments("campo"));

        assertThat(again.sensitivePaths()).contains("/data/name");
        FormSession session = FormSession.start(again, TestForms.CONTEXT);
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("VE"));
        assertThat(session.instanceXml()).contains("<capital>Caracas</capital>");
    }

    @Test
    void damagedCacheEntryIsIgnored(@TempDir Path dir) throws Exception {
        String xml = TestForms.xml("J20");
        FormDefinition parsed = new FormLoader(FormDefinitionCache.directory(dir)).load(xml);
        try (var files = Files.list(dir)) {
            Path entry = files.findFirst().orElseThrow();
            Files.write(entry, new byte[] {1, 2, 3});
        }

        FormDefinition reloaded = new FormLoader(FormDefinitionCache.directory(dir)).load(xml);

        assertThat(reloaded.formId()).isEqualTo(parsed.formId());
    }

    @Test
    void aCheckParsesTheFormButCachesNothingAndRefusesWhatALoadRefuses(@TempDir Path dir) throws Exception {
        FormLoader loader = new FormLoader(FormDefinitionCache.directory(dir));
        loader.check(TestForms.xml("J01"));
        assertThat(Files.list(dir)).isEmpty();

        String notAForm = "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:body><input ref=\"/x\"/></h:body></h:html>";
        org.campo.common.CampoException checked = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> loader.check(notAForm), org.campo.common.CampoException.class);
        org.campo.common.CampoException loaded = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> loader.load(notAForm), org.campo.common.CampoException.class);
        assertThat(checked.key()).isEqualTo("form.runtime.invalidForm").isEqualTo(loaded.key());
        assertThat(checked.args()).isEqualTo(loaded.args());
    }
}
