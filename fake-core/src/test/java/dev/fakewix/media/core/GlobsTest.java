package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Scenario globs: the same answers as the regular expression they replace, without its exponential worst case. */
class GlobsTest {

    @Test
    void starsQuestionMarksAndCaseWorkAsInNameSearch() {
        assertThat(Globs.matcher("*.JPG").test("holiday.jpg")).isTrue();
        assertThat(Globs.matcher("img_??.png").test("IMG_07.png")).isTrue();
        assertThat(Globs.matcher("img_??.png").test("IMG_7.png")).isFalse();
        assertThat(Globs.matcher("a*b*c").test("abc")).isTrue();
        assertThat(Globs.matcher("a*b*c").test("acb")).isFalse();
        assertThat(Globs.matcher("*ab").test("ab")).isTrue();
        assertThat(Globs.matcher("ab*ba").test("aba")).isFalse();
        assertThat(Globs.matcher("").test("")).isTrue();
        assertThat(Globs.matcher("*").test("")).isTrue();
        assertThat(Globs.matcher("x").test(null)).isFalse();
    }

    @Test
    void aPathologicalPatternIsDecidedInOnePassNotByBacktracking() {
        String name = "a".repeat(200);
        // the old regex took exponential time here (16 s for five stars, over 20 s for six)
        for (int stars = 1; stars <= 40; stars++) {
            assertThat(Globs.matcher("*".repeat(stars) + "zz").test(name)).isFalse();
            assertThat(Globs.matcher("a*".repeat(stars) + "a").test(name)).isTrue();
        }
    }

    @Property(tries = 2000, seed = "10")
    void answersAsTheRegularExpressionDoes(@ForAll("globs") String glob, @ForAll("names") String name) {
        assertThat(Globs.matcher(glob).test(name))
                .as("%s ~ %s", glob, name)
                .isEqualTo(regex(glob).matcher(name).matches());
    }

    @Provide
    Arbitrary<String> globs() {
        return Arbitraries.strings().withChars("ab*?A").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abAB").ofMaxLength(9);
    }

    /** The old implementation: a regular expression. */
    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
