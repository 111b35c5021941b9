package org.unioncat.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingMessages;
import org.unioncat.ingest.marc.MarcEncoding;

/**
 * Every finding that reading the fixtures produces, rendered in Chinese, holds no English
 * wording: explanations must be {@code FindingDetail}s with a Chinese text, not English strings
 * passed as message arguments.
 *
 * <p>What counts as English: a run of four or more lower-case ASCII letters that is not part of a
 * longer word (so "Windows", "MARCXML" or "ind1" do not count). Data is exempt, and is removed
 * before looking: anything the Chinese messages put in quotes (“…”, "…"), XML element names in
 * angle brackets, the finding's tag and the character set labels. Third-party text that is only
 * available in English (XML and JSON parser messages, marc4j's converter) is data too, and the
 * Chinese details show it in “…”.
 */
class ChineseFindingMessagesTest {
  private static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])");
  private static final Pattern QUOTED =
      Pattern.compile("“[^”]*”|\"[^\"]*\"|<[^<>]*>");

  /** All findings of all fixtures MarcReaders accepts, with the file they came from. */
  private static final List<Located> FINDINGS = new ArrayList<>();

  private record Located(String file, Finding finding) {}

  @BeforeAll
  static void readAllFixtures() throws IOException {
    Path root = Fixtures.root();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      try (MarcReader r = MarcReaders.open(file, ReadOptions.detect())) {
        ReadRecord rr;
        while ((rr = r.next()) != null) {
          for (Finding f : rr.findings()) {
            FINDINGS.add(new Located(name, f));
          }
        }
      } catch (UnreadableInputException e) {
        // Not MARC in any container (documentation, line-based text): no findings to render.
      }
    }
  }

  @Test
  void theFixturesExerciseTheReadersDamageReports() {
    // Guards the test itself: if the fixtures stopped producing these, it would prove nothing.
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    FINDINGS.forEach(l -> seen.add(l.finding().code()));
    assertThat(seen).contains(
        FindingCode.RECORD_UNREADABLE, FindingCode.LEADER_INVALID,
        FindingCode.DIRECTORY_INVALID, FindingCode.ENCODING_INVALID,
        FindingCode.ENCODING_MISMATCH, FindingCode.XML_MALFORMED, FindingCode.JSON_MALFORMED,
        FindingCode.RECORD_TRUNCATED);
  }

  @Test
  void chineseMessagesHoldNoEnglishWordsOutsideData() {
    Set<String> offenders = new TreeSet<>();
    for (Located l : FINDINGS) {
      String zh = FindingMessages.message(l.finding(), FindingMessages.CHINESE);
      List<String> words = englishWords(withoutData(zh, l.finding()));
      if (!words.isEmpty()) {
        offenders.add(l.finding().code() + " " + words + " in " + zh + "  [" + l.file() + "]");
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void everyDetailIsRenderedInBothLanguages() {
    for (Located l : FINDINGS) {
      for (Locale locale : List.of(Locale.ENGLISH, FindingMessages.CHINESE)) {
        String m = FindingMessages.message(l.finding(), locale);
        assertThat(m).as("%s in %s", l.finding(), l.file())
            .doesNotContain("\uFDD0", "\uFDD1", "\uFDD2");
      }
    }
  }

  @Test
  void theCheckCatchesAnEnglishExplanation() {
    Finding english = Finding.of(FindingCode.DIRECTORY_INVALID, null, null,
        "the directory is empty, the record has no fields");
    String zh = FindingMessages.message(english, FindingMessages.CHINESE);
    assertThat(englishWords(withoutData(zh, english)))
        .contains("directory", "empty", "record", "fields");
    Finding quoted = Finding.of(FindingCode.TAG_INVALID, "abcd", null, "abcd");
    assertThat(englishWords(withoutData(
        FindingMessages.message(quoted, FindingMessages.CHINESE), quoted))).isEmpty();
  }

  static String withoutData(String message, Finding f) {
    String s = QUOTED.matcher(message).replaceAll(" ");
    if (f.tag() != null && !f.tag().isBlank()) {
      s = s.replace(f.tag(), " ");
    }
    for (MarcEncoding e : MarcEncoding.values()) {
      s = s.replace(e.label(), " ");
    }
    return s;
  }

  static List<String> englishWords(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = ENGLISH_WORD.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
