package org.unioncat.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two languages of the pages have the same keys, and every key a template names exists. */
class WebMessagesTest {
  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WebMessagesTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndChineseHaveTheSameKeysAndChineseIsChinese() throws IOException {
    Properties en = load("messages_en.properties");
    Properties zh = load("messages_zh_CN.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    assertThat(en.size()).isGreaterThan(200);
    assertThat(zh.getProperty("holding.callNumber")).isEqualTo("索书号");
    assertThat(zh.getProperty("holding.barcode")).isEqualTo("条码");
    assertThat(zh.getProperty("cluster.undo")).isEqualTo("撤销合并");
    assertThat(zh.getProperty("cluster.reject")).isEqualTo("不是重复");
    assertThat(zh.getProperty("record.holdings")).isEqualTo("馆藏");
    // no value left untranslated except codes and names that are the same in both
    Set<String> same = new TreeSet<>();
    for (String k : en.stringPropertyNames()) {
      if (en.getProperty(k).equals(zh.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{4,}.*")) {
        same.add(k);
      }
    }
    assertThat(same).isEmpty();
  }

  @Test
  void everyLiteralMessageKeyOfTheTemplatesExists() throws IOException {
    Properties en = load("messages_en.properties");
    Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    Set<String> missing = new TreeSet<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          found++;
          if (!en.containsKey(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(found).isGreaterThan(150);
    assertThat(missing).isEmpty();
  }

  @Test
  void computedKeysExistForEveryValue() throws IOException {
    Properties en = load("messages_en.properties");
    for (String s : new String[] {"OPEN", "KEEP_CHOSEN", "MERGED", "REJECTED", "SPLIT", "ALL"}) {
      assertThat(en).containsKey("status." + s);
    }
    for (var s : org.unioncat.api.web.center.QueueFilter.Sort.values()) {
      assertThat(en).containsKey("queue.sort." + s);
    }
    for (var s : org.unioncat.dedup.merge.ClusterStatus.values()) {
      assertThat(en).containsKey("status." + s);
    }
    for (var r : org.unioncat.dedup.cluster.MemberRole.values()) {
      assertThat(en).containsKey("role." + r);
    }
    for (var s : org.unioncat.ingest.store.RecordStatus.values()) {
      assertThat(en).containsKey("record.status." + s);
    }
    for (var l : org.unioncat.api.web.record.DigestLabel.values()) {
      assertThat(en).containsKey(l.messageKey());
    }
  }

  @Test
  void anyChineseBecomesSimplifiedChineseAndEverythingElseEnglish() {
    assertThat(UiLocaleResolver.supported(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(UiLocaleResolver.supported(Locale.forLanguageTag("zh"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(UiLocaleResolver.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
    assertThat(UiLocaleResolver.supported(null)).isEqualTo(Locale.ENGLISH);
  }
}
