package org.unioncat.ingest.normalize.identifier;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.Whitespace;

/**
 * Extracts a record's {@link Identifiers}: system numbers, LCCN, language, leader codes,
 * classification numbers and cataloging sources, from MARC21 or UNIMARC/CNMARC tags. Never throws.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdentifierExtractor {
  private static final int LANGUAGE_FROM = 35;
  private static final int LANGUAGE_TO = 38;
  private static final String CLC = "clc";
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:,]+$");

  /** Extracts the identifiers of {@code record} with the tag table of {@code flavour}. */
  public Identifiers extract(MarcRecord record, MarcFlavour flavour) {
    if (record == null) {
      record = new MarcRecord(new Leader(""), List.of());
    }
    boolean unimarc = flavour != null && flavour.isUnimarcFamily();
    Leader leader = record.leader();
    Set<String> numbers = new LinkedHashSet<>();
    if (!unimarc) {
      String fromControl =
          SystemNumbers.fromControlNumber(
              record.controlField(Marc21Tags.CONTROL_NUMBER).map(ControlField::data).orElse(null),
              record
                  .controlField(Marc21Tags.CONTROL_NUMBER_ID)
                  .map(ControlField::data)
                  .orElse(null));
      if (fromControl != null) {
        numbers.add(fromControl);
      }
    }
    for (DataField f :
        record.dataFields(unimarc ? CnmarcTags.SYSTEM_NUMBER : Marc21Tags.SYSTEM_NUMBER)) {
      for (String a : f.all('a')) {
        String n = SystemNumbers.normalize(a);
        if (n != null) {
          numbers.add(n);
        }
      }
    }
    return new Identifiers(
        new ArrayList<>(numbers),
        unimarc ? null : record.firstValue(Marc21Tags.LCCN, 'a').map(Lccn::normalize).orElse(null),
        unimarc ? unimarcLanguage(record) : marc21Language(record),
        leader.typeOfRecord(),
        leader.bibliographicLevel(),
        leader.encodingLevel(),
        unimarc ? unimarcClasses(record) : marc21Classes(record),
        unimarc
            ? codes(record, CnmarcTags.ORIGINATING_SOURCE, "b")
            : codes(record, Marc21Tags.CATALOGING_SOURCE, "ad"));
  }

  /**
   * The record's language code (MARC21 008/35-37, else 041 $a; UNIMARC 101 $a), lower case, or
   * null; the title extractor reads it to know which initial articles to skip.
   */
  public static String languageOf(MarcRecord record, MarcFlavour flavour) {
    return flavour != null && flavour.isUnimarcFamily() ? unimarcLanguage(record) : marc21Language(record);
  }

  private static String marc21Language(MarcRecord record) {
    Optional<String> fixed =
        record
            .controlField(Marc21Tags.FIXED_DATA)
            .filter(f -> f.data().length() >= LANGUAGE_TO)
            .map(f -> f.slice(LANGUAGE_FROM, LANGUAGE_TO).toLowerCase(Locale.ROOT))
            .filter(IdentifierExtractor::isLanguageCode);
    return fixed.orElseGet(() -> languageFrom(record, Marc21Tags.LANGUAGE));
  }

  private static String unimarcLanguage(MarcRecord record) {
    return languageFrom(record, CnmarcTags.LANGUAGE);
  }

  /** The first language code in $a; old records run several codes together ("engfre"). */
  private static String languageFrom(MarcRecord record, String tag) {
    return record
        .firstValue(tag, 'a')
        .map(a -> a.strip().toLowerCase(Locale.ROOT))
        .filter(a -> a.length() >= 3)
        .map(a -> a.substring(0, 3))
        .filter(IdentifierExtractor::isLanguageCode)
        .orElse(null);
  }

  /** Whether {@code code} is three ASCII lower-case letters (a regex here cost every record). */
  private static boolean isLanguageCode(String code) {
    return code.length() == 3
        && isAsciiLower(code.charAt(0))
        && isAsciiLower(code.charAt(1))
        && isAsciiLower(code.charAt(2));
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static List<String> marc21Classes(MarcRecord record) {
    Set<String> out = new LinkedHashSet<>();
    for (DataField f :
        record.dataFields(Marc21Tags.LC_CLASS, Marc21Tags.DEWEY_CLASS, Marc21Tags.OTHER_CLASS)) {
      String scheme =
          f.tag().equals(Marc21Tags.LC_CLASS)
              ? "lcc"
              : f.tag().equals(Marc21Tags.DEWEY_CLASS)
                  ? "ddc"
                  : f.first('2').map(IdentifierExtractor::schemeCode).orElse("other");
      addClasses(out, f, scheme);
    }
    return new ArrayList<>(out);
  }

  private static List<String> unimarcClasses(MarcRecord record) {
    Set<String> out = new LinkedHashSet<>();
    for (DataField f :
        record.dataFields(
            CnmarcTags.CLC_CLASS,
            CnmarcTags.DEWEY_CLASS,
            CnmarcTags.LC_CLASS,
            CnmarcTags.OTHER_CLASS)) {
      String scheme =
          f.tag().equals(CnmarcTags.CLC_CLASS)
              ? CLC
              : f.tag().equals(CnmarcTags.DEWEY_CLASS)
                  ? "ddc"
                  : f.tag().equals(CnmarcTags.LC_CLASS)
                      ? "lcc"
                      : f.first('2').map(IdentifierExtractor::schemeCode).orElse("other");
      addClasses(out, f, scheme);
    }
    return new ArrayList<>(out);
  }

  /** The $2 source code, lower-cased; the Chinese Library Classification's spellings joined. */
  private static String schemeCode(String source) {
    String s = Whitespace.removeAll(source.strip().toLowerCase(Locale.ROOT));
    if (s.startsWith(CLC) || s.equals("zt") || s.equals("ztflh")) {
      return CLC; // "clc", "clc5", "clc4", 中图法 written as "zt"
    }
    return s.isEmpty() ? "other" : s;
  }

  private static void addClasses(Set<String> out, DataField f, String scheme) {
    for (String a : f.all('a')) {
      // Dewey segmentation marks ("005.1/33", "813'.54") are not part of the number
      String n = Whitespace.removeAll(a.strip()).replace("/", "").replace("'", "");
      n = TRAILING_PUNCTUATION.matcher(n).replaceAll("");
      if (!n.isEmpty()) {
        out.add(scheme + ":" + n);
      }
    }
  }

  private static List<String> codes(MarcRecord record, String tag, String subfields) {
    Set<String> out = new LinkedHashSet<>();
    for (DataField f : record.dataFields(tag)) {
      for (var sub : f.subfields()) {
        if (subfields.indexOf(sub.code()) >= 0) {
          String code = sub.value().strip().toUpperCase(Locale.ROOT);
          if (!code.isEmpty()) {
            out.add(code);
          }
        }
      }
    }
    return new ArrayList<>(out);
  }
}
