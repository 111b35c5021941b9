package org.unioncat.ingest.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English and Chinese findings bundles stay in step: same keys, every code and every detail
 * the code uses present in both, every pattern valid and using the same arguments in both.
 * The files are read as they are (not through ResourceBundle, whose fallback to the English
 * parent would hide a missing Chinese entry).
 */
class FindingBundlesTest {
  private static final String DIR = "/org/unioncat/ingest/finding/";
  private static final Pattern DETAIL_CALL = Pattern.compile("FindingDetail\\.of\\(\\s*(\\S)");
  private static final Pattern DETAIL_KEY =
      Pattern.compile("FindingDetail\\.of\\(\\s*\"([^\"]+)\"");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FindingBundlesTest.class.getResourceAsStream(DIR + name);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Set<String> en = load("findings.properties").stringPropertyNames();
    Set<String> zh = load("findings_zh.properties").stringPropertyNames();
    assertThat(new TreeSet<>(zh)).as("keys in findings_zh.properties")
        .isEqualTo(new TreeSet<>(en));
  }

  @Test
  void everyFindingCodeHasAnEnglishAndAChineseMessage() throws IOException {
    for (String bundle : List.of("findings.properties", "findings_zh.properties")) {
      Properties p = load(bundle);
      for (FindingCode c : FindingCode.values()) {
        assertThat(p.getProperty(c.name())).as("%s in %s", c, bundle).isNotBlank();
      }
    }
  }

  @Test
  void everyPatternIsValidAndTheTranslationUsesTheSameArguments() throws IOException {
    Properties en = load("findings.properties");
    Properties zh = load("findings_zh.properties");
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String z = zh.getProperty(key, "");
      assertThatCode(() -> new MessageFormat(e, Locale.ROOT)).as(key).doesNotThrowAnyException();
      assertThatCode(() -> new MessageFormat(z, FindingMessages.CHINESE)).as(key)
          .doesNotThrowAnyException();
      assertThat(arguments(z)).as("arguments of %s in Chinese", key).isEqualTo(arguments(e));
    }
  }

  @Test
  void everyDetailTheCodeUsesIsInTheBundlesAndEveryDetailEntryIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher call = DETAIL_CALL.matcher(text);
      while (call.find()) {
        // Literal keys only, so that this test can see them.
        assertThat(call.group(1)).as("key of a FindingDetail.of call in %s", source)
            .isEqualTo("\"");
      }
      Matcher key = DETAIL_KEY.matcher(text);
      while (key.find()) {
        used.add(key.group(1));
      }
    }
    Set<String> entries = load("findings.properties").stringPropertyNames().stream()
        .filter(k -> k.startsWith(FindingDetail.BUNDLE_PREFIX))
        .map(k -> k.substring(FindingDetail.BUNDLE_PREFIX.length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(used).as("detail keys used in src/main/java").isNotEmpty();
    assertThat(entries).as("detail.* entries in findings.properties").isEqualTo(used);
  }

  private static Set<String> arguments(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
