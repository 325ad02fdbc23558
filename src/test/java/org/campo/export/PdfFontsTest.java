package org.campo.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfFontsTest {
    @Test
    void whatTheFontDrawsIsKept() {
        String text = "Hola 😀 Ñuqa “runa” señor — Запись Ελληνικά ქართული שלום\nα\tβ";
        assertThat(PdfFonts.visible(text)).isEqualTo(text);
    }

    @Test
    void eachCharacterTheFontLacksBecomesOneMark() {
        assertThat(PdfFonts.visible("Hola 🦙 señor")).isEqualTo("Hola \uFFFD señor");
        assertThat(PdfFonts.visible("中文")).isEqualTo("\uFFFD\uFFFD");
        assertThat(PdfFonts.visible("ok 🦙🏽!")).as("skin tone belongs to its emoji").isEqualTo("ok \uFFFD!");
        assertThat(PdfFonts.visible("🦙‍🦜‍🦚 family")).as("a joined sequence is one mark")
                .isEqualTo("\uFFFD family");
        assertThat(PdfFonts.visible("🇵🇪")).as("a flag's two letters").hasSize(2);
    }
}
