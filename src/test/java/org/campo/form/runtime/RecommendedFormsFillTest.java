package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recommended form can be filled from start to end and yields a complete instance. */
class RecommendedFormsFillTest {

    static List<String> ids() {
        return TestForms.ids();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void fillsTheFormToTheEnd(String id) {
        FormDefinition definition = TestForms.load(id);
        FormSession session = FormSession.start(definition, TestForms.CONTEXT);

        Screen end = new AutoFiller().fillToEnd(session);

        assertThat(end.kind()).isEqualTo(Screen.Kind.END);
        String xml = session.instanceXml();
        assertThat(xml).contains("instanceID>uuid:");
        assertThat(new InstanceReader(definition.repeatPaths()).read(xml).instanceId())
                .hasValueSatisfying(v -> assertThat(v).startsWith("uuid:"));
    }
}
