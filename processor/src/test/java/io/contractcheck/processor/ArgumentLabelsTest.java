package io.contractcheck.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Labels read from the text between the previous argument and the next one. */
class ArgumentLabelsTest {

  /** Labels before the argument that starts at the marker {@code @} in {@code text}. */
  private static List<String> labels(String text, char separator) {
    int to = text.indexOf('@');
    return ArgumentLabels.before(text, 0, to, separator).stream()
        .map(ArgumentLabel::toString)
        .collect(Collectors.toList());
  }

  @Test
  void labelsAfterTheSeparatorOnly() {
    assertThat(labels("a /* x= */, /* y= */ @", ',')).containsExactly("/* y= */");
    assertThat(labels("f(/* a= */ /* b= */ @", '(')).containsExactly("/* a= */", "/* b= */");
    assertThat(labels("a, // c=\n @", ',')).isEmpty();
  }

  @Test
  void separatorsInsideLiteralsAndCommentsDoNotCount() {
    assertThat(labels("\"a, /* q= */\" /* p= */ @", ',')).isEmpty();
    assertThat(labels("f(\"(\", ',') + g(x /* , */), /* p= */ @", ','))
        .containsExactly("/* p= */");
    assertThat(labels("\"\"\"\n  , /* t= */ \"\n\"\"\", /* u= */ @", ','))
        .containsExactly("/* u= */");
    assertThat(labels("'\\'', /* c= */ @", ',')).containsExactly("/* c= */");
    assertThat(labels("\"\", /* e= */ @", ',')).containsExactly("/* e= */");
  }

  @Test
  void unicodeEscapesAreTranslated() {
    assertThat(labels("a\\u002c /* n\\u003d */ @", ',')).containsExactly("/* n= */");
    // an escaped backslash before u is not an escape
    assertThat(labels("\"\\\\u002c\", /* m= */ @", ',')).containsExactly("/* m= */");
  }

  @Test
  void labelGrammar() {
    assertThat(ArgumentLabel.parse(" userContext= ").get().isLabel()).isTrue();
    assertThat(ArgumentLabel.parse("* userContext = ").get().name()).isEqualTo("userContext");
    assertThat(ArgumentLabel.parse(" parts...= ").get().varargs()).isTrue();
    assertThat(ArgumentLabel.parse("\n  name=\n ").get().name()).isEqualTo("name");
    assertThat(ArgumentLabel.parse(" userContext ").get().isLabel()).isFalse();
    assertThat(ArgumentLabel.parse(" TODO: fix ")).isEmpty();
    assertThat(ArgumentLabel.parse(" a = b ")).isEmpty();
    assertThat(ArgumentLabel.parse("")).isEmpty();
  }

  @Test
  void labelGrammarEdges() {
    assertThat(ArgumentLabel.parse("$1=").get().name()).isEqualTo("$1");
    assertThat(ArgumentLabel.parse("_x2_\u0660= ").get().name()).isEqualTo("_x2_\u0660"); // Arabic-Indic 0
    assertThat(ArgumentLabel.parse(" 名前= ").get().name()).isEqualTo("名前");
    assertThat(ArgumentLabel.parse("\tvalues ... =\f").get().varargs()).isTrue();
    assertThat(ArgumentLabel.parse("\tvalues ... =\f").get().isLabel()).isTrue();
    assertThat(ArgumentLabel.parse(" values... ").get().isLabel()).isFalse();
    assertThat(ArgumentLabel.parse("*")).isEmpty();
    assertThat(ArgumentLabel.parse("** name= ")).isEmpty();
    assertThat(ArgumentLabel.parse(" 1st= ")).isEmpty();
    assertThat(ArgumentLabel.parse(" = name ")).isEmpty();
    assertThat(ArgumentLabel.parse(" name== ")).isEmpty();
    assertThat(ArgumentLabel.parse(" name.. = ")).isEmpty();
    assertThat(ArgumentLabel.parse(" na-me= ")).isEmpty();
  }

  @Test
  void positionsOutsideTheTextAreIgnored() {
    assertThat(ArgumentLabels.before("abc", -1, 2, ',')).isEmpty();
    assertThat(ArgumentLabels.before("abc", 2, 1, ',')).isEmpty();
    assertThat(ArgumentLabels.before("abc", 0, 10, ',')).isEmpty();
  }
}
