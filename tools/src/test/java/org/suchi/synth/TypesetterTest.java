package org.suchi.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypesetterTest {
    private final Fonts fonts = Fonts.find();
    private final Typesetter ts = new Typesetter();

    @Test
    void wrapsWithinWidthAndKeepsEveryCharacter() {
        String text = "[১.১.১] মন্ত্রণালয়/বিভাগ কর্তৃক সেবা/অফিস ব্যবস্থাপনা সহজিকরণ/ডিজিটাইজেশনের মাধ্যমে "
                + "ন্যূনতম একটি উদ্ভাবনী ধারণা বাস্তবায়িত";
        for (String face : fonts.names()) {
            Font f = fonts.regular(face, 9);
            for (float w : new float[] {60, 90, 140, 400}) {
                List<String> lines = ts.wrap(f, text, w);
                assertThat(lines).isNotEmpty();
                for (String l : lines) {
                    assertThat(ts.width(f, l)).as(face + " " + w + " " + l).isLessThanOrEqualTo(w + 0.01f);
                }
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
            }
        }
    }

    @Test
    void wrapAtSpacesJoinsBack() {
        Font f = fonts.regular(fonts.names().get(0), 12);
        String t = "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ এর অর্ধ-বার্ষিক প্রতিবেদন (জুলাই ২৩ – ডিসেম্বর ২৩)";
        assertThat(String.join(" ", ts.wrapAtSpaces(f, t, 150))).isEqualTo(t);
        assertThat(ts.wrap(f, "", 100)).isEmpty();
        assertThat(ts.wrap(f, null, 100)).isEmpty();
    }

    @Test
    void shapedWidthIsPositiveForLatinFallback() {
        Font f = fonts.regular(fonts.names().get(0), 10);
        assertThat(ts.width(f, "www.moa.gov.bd")).isGreaterThan(30);
    }

    @Test
    void missingFontsNameThePackages() {
        String old = System.getProperty("suchi.fonts.dir");
        System.setProperty("suchi.fonts.dir", "/nonexistent-font-dir");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(Fonts::find)
                    .isInstanceOf(Fonts.MissingFontException.class)
                    .hasMessageContaining("fonts-lohit-beng-bengali").hasMessageContaining("fonts-noto-core");
        } finally {
            if (old == null) {
                System.clearProperty("suchi.fonts.dir");
            } else {
                System.setProperty("suchi.fonts.dir", old);
            }
        }
    }
}
