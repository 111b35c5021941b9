package org.unioncat.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void measuresTerminalColumnsNotCharacters() {
    assertThat(TextTable.displayWidth("BNU")).isEqualTo(3);
    assertThat(TextTable.displayWidth("北京")).isEqualTo(4);
    assertThat(TextTable.displayWidth("ＡＢ")).isEqualTo(4); // fullwidth Latin
    assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1); // e + combining acute
    assertThat(TextTable.displayWidth("ｶﾅ")).isEqualTo(2); // halfwidth katakana
  }

  @Test
  void alignsMixedScriptsAndLeavesNoTrailingBlanks() {
    TextTable table = new TextTable("code", "name", "n").row("BNU", "北京师范大学", 1).row("X", "Yale", null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.print(new PrintStream(bytes, false, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "code  name          n\n"
            + "BNU   北京师范大学  1\n"
            + "X     Yale\n");
  }

  @Test
  void refusesARowOfTheWrongShape() {
    assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of 1 cells for 2 columns");
  }
}
