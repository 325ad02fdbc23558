package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.campo.common.CampoException;
import org.junit.jupiter.api.Test;

/** Flattening submissions into a main row and one table per repeat. */
class InstanceReaderTest {
    private static final String XML = """
            <?xml version="1.0"?>
            <data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" id="hh">
              <site>Tumbes</site>
              <hh><head>Rosa</head>
                <member><name>Luis</name><visit><day>1</day></visit></member>
              </hh>
              <hh><head>Eva</head>
                <member><name>Ana</name></member>
                <member><name>Juan</name><grp><age>7</age></grp></member>
              </hh>
              <orx:meta><orx:instanceID>uuid:1234</orx:instanceID></orx:meta>
            </data>
            """;

    @Test
    void flattensRepeatsWithParentKeys() {
        InstanceReader.Result result = new InstanceReader(Set.of("/data/hh", "/data/hh/member",
                "/data/hh/member/visit")).read(XML);

        assertThat(result.instanceId()).contains("uuid:1234");
        assertThat(result.value("/data/site")).contains("Tumbes");
        assertThat(result.rows("/data/hh")).extracting(InstanceRow::key)
                .containsExactly("/data/hh[1]", "/data/hh[2]");
        assertThat(result.rows("/data/hh/member")).extracting(InstanceRow::parentKey)
                .containsExactly("/data/hh[1]", "/data/hh[2]", "/data/hh[2]");
        assertThat(result.rows("/data/hh/member").get(2).values())
                .containsEntry("/data/hh/member/name", "Juan")
                .containsEntry("/data/hh/member/grp/age", "7");
        assertThat(result.rows("/data/hh/member/visit")).singleElement()
                .satisfies(r -> assertThat(r.parentKey()).isEqualTo("/data/hh[1]/member[1]"));
    }

    @Test
    void repeatedSiblingsAreTreatedAsRepeatsEvenWhenNotDeclared() {
        InstanceReader.Result result = new InstanceReader(Set.of()).read(XML);

        assertThat(result.rows("/data/hh")).hasSize(2);
        assertThat(result.main().values()).doesNotContainKey("/data/hh/head");
    }

    @Test
    void leavesKeepTheirTextWithEntitiesAndCdataAndTemplatesAreSkipped() {
        String xml = """
                <data xmlns:jr="http://openrosa.org/javarosa">
                  <note>a &amp; b <![CDATA[<c>]]><!-- left out --> d</note>
                  <empty/>
                  <hh jr:template=""><head/></hh>
                  <hh><head>Rosa</head></hh>
                </data>
                """;
        InstanceReader.Result result = new InstanceReader(Set.of("/data/hh")).read(xml);

        assertThat(result.value("/data/note")).contains("a & b <c> d");
        assertThat(result.value("/data/empty")).contains("");
        assertThat(result.rows("/data/hh")).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("/data/hh[1]"))
                .satisfies(r -> assertThat(r.values()).containsEntry("/data/hh/head", "Rosa"));
    }

    @Test
    void refusesDoctypesAndMalformedInstances() {
        InstanceReader reader = new InstanceReader(Set.of());
        String doctype = "<!DOCTYPE data [<!ENTITY x \"boom\">]><data><a>&x;</a></data>";

        assertThatThrownBy(() -> reader.read(doctype)).isInstanceOf(CampoException.class);
        assertThatThrownBy(() -> reader.read("<data><a></data>")).isInstanceOf(CampoException.class);
        assertThatThrownBy(() -> reader.read("<data/><extra/>")).isInstanceOf(CampoException.class);
    }
}
