package app.alumni.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The normal form and the grams of Japanese and Latin text. */
class TextKeysTest {

    @Test
    void foldsWidthCaseKanaAndWhiteSpace() {
        assertThat(TextKeys.normalize("ＪＡＶＡ")).isEqualTo("java");
        assertThat(TextKeys.normalize("ﾔﾏﾀﾞ")).isEqualTo("やまだ");
        assertThat(TextKeys.normalize("ヤマダ")).isEqualTo(TextKeys.normalize("やまだ"));
        assertThat(TextKeys.normalize("  田中\u3000 太郎 ")).isEqualTo("田中 太郎");
        assertThat(TextKeys.normalize(null)).isEmpty();
    }

    @Test
    void gramsAreTheCharactersAndAdjacentPairsOfEachWord() {
        assertThat(TextKeys.grams("田中 太郎")).containsExactlyInAnyOrder("田", "中", "田中", "太", "郎", "太郎");
        // A pair across words is no gram: "中太" is not a substring anyone searches for across a space.
        assertThat(TextKeys.grams("田中 太郎")).doesNotContain("中太");
        // Surrogate pairs count as one character.
        assertThat(TextKeys.grams("𠮷野")).containsExactlyInAnyOrder("𠮷", "野", "𠮷野");
    }

    @Test
    void aTermIsFoundThroughItsPairsOrItself() {
        assertThat(TextKeys.queryGrams("田")).containsExactly("田");
        assertThat(TextKeys.queryGrams("田中太")).containsExactly("田中", "中太");
        assertThat(TextKeys.grams("山田中太郎")).containsAll(TextKeys.queryGrams("田中太"));
    }

    @Test
    void arrayLiteralsQuoteEveryElement() {
        assertThat(TextKeys.arrayLiteral(List.of("a", "b\"c", "d\\e", "{x,y}"))).isEqualTo("{\"a\",\"b\\\"c\",\"d\\\\e\",\"{x,y}\"}");
        assertThat(TextKeys.likeEscape("50%_\\")).isEqualTo("50\\%\\_\\\\");
    }
}
