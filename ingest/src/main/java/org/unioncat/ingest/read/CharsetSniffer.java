package org.unioncat.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingDetail;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcFlavour;

/**
 * Decides the character set of one ISO 2709 record from what it declares and what its bytes are.
 * Declarations are checked against the bytes because real files lie (see docs/reading.md):
 *
 * <ul>
 *   <li>MARC21 (and records of unknown flavour): leader/09 'a' means UTF-8, blank means MARC-8.
 *       Blank with valid multi-byte UTF-8 that is not plausible MARC-8 is read as UTF-8; 'a' with
 *       invalid UTF-8 that is plausible MARC-8 is read as MARC-8. Both add ENCODING_MISMATCH.
 *   <li>UNIMARC/CNMARC: leader/09 is not used. Valid UTF-8 is UTF-8 whatever 100$a/26-29 says;
 *       otherwise GB 18030 when 100$a names a Chinese set or the bytes are valid GB 18030 holding
 *       Han characters; otherwise Windows-1251 when 100$a names a Cyrillic set or the bytes look
 *       Cyrillic; otherwise UTF-8 with replacement (the decoder reports ENCODING_INVALID).
 * </ul>
 *
 * <p>Not thread-safe (reuses charset decoders): one per decoding thread.
 */
final class CharsetSniffer {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset CP1251 = Charset.forName("windows-1251");

  private final java.nio.charset.CharsetDecoder gbDecoder =
      GB18030
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** The decision: the set to decode with, whether the bytes are known valid, and a finding. */
  record Decision(MarcEncoding encoding, boolean validUtf8, Optional<Finding> finding) {}

  /**
   * @param b the record bytes
   * @param from start of the data to inspect (the base address)
   * @param to end of the data (exclusive)
   * @param leader09 leader/09 as a character
   * @param flavour tag table guessed from the tags (before decoding)
   * @param unimarcSets 100$a/26-33 of a UNIMARC record, or "" when absent
   */
  Decision decide(
      byte[] b, int from, int to, char leader09, MarcFlavour flavour, String unimarcSets) {
    ByteStats s = ByteStats.of(b, from, to);
    if (flavour.isUnimarcFamily()) {
      return unimarc(b, from, to, s, unimarcSets);
    }
    boolean declaresUtf8 = leader09 == 'a';
    if (!s.high && !s.escape) {
      // ASCII: both readings agree; keep the declared one.
      return new Decision(declaresUtf8 ? MarcEncoding.UTF8 : MarcEncoding.MARC8, true,
          Optional.empty());
    }
    if (declaresUtf8) {
      if (s.validUtf8) {
        return new Decision(MarcEncoding.UTF8, true, Optional.empty());
      }
      if (s.plausibleMarc8) {
        return new Decision(MarcEncoding.MARC8, false,
            mismatch(FindingDetail.of("charset.declaredUtf8"), MarcEncoding.MARC8));
      }
      return new Decision(MarcEncoding.UTF8, false, Optional.empty());
    }
    if (s.validUtf8 && s.high && !s.escape && !s.plausibleMarc8) {
      String declared = leader09 == ' ' ? FindingDetail.of("charset.declaredMarc8Blank")
          : FindingDetail.of("charset.declaredMarc8Other", leader09);
      return new Decision(MarcEncoding.UTF8, true, mismatch(declared, MarcEncoding.UTF8));
    }
    return new Decision(MarcEncoding.MARC8, false, Optional.empty());
  }

  private Decision unimarc(byte[] b, int from, int to, ByteStats s, String sets) {
    String declared = describeUnimarc(sets);
    if (s.validUtf8) {
      Optional<Finding> f = Optional.empty();
      if (s.high && !declaresUnicode(sets) && !sets.isBlank()) {
        f = mismatch(declared, MarcEncoding.UTF8);
      }
      return new Decision(MarcEncoding.UTF8, true, f);
    }
    boolean saysChinese = declaresChinese(sets);
    if (saysChinese || looksGb(b, from, to)) {
      return new Decision(MarcEncoding.GB18030, false,
          saysChinese ? Optional.empty() : mismatch(declared, MarcEncoding.GB18030));
    }
    boolean saysCyrillic = declaresCyrillic(sets);
    if (saysCyrillic || s.looksCyrillic) {
      return new Decision(MarcEncoding.CP1251, false,
          saysCyrillic ? Optional.empty() : mismatch(declared, MarcEncoding.CP1251));
    }
    return new Decision(MarcEncoding.UTF8, false, Optional.empty());
  }

  /** ENCODING_MISMATCH; {@code declared} is a {@link FindingDetail} saying what was declared. */
  private static Optional<Finding> mismatch(String declared, MarcEncoding actual) {
    return Optional.of(
        Finding.of(FindingCode.ENCODING_MISMATCH, null, null, declared, actual.label()));
  }

  /** "50" (ISO 10646) in the G0 or G1 position. */
  static boolean declaresUnicode(String sets) {
    return sets.startsWith("50") || (sets.length() >= 4 && sets.startsWith("50", 2));
  }

  /**
   * Chinese sets as CNMARC files write them: "0120"-style codes are not standardized, so any of
   * the GB 2312 registrations (ISO-IR 58 written "58" or "g0"/"gb"), "GB"/"GBK" spelled out, or
   * CNMARC's local "0120"/"0150" are taken as GB.
   */
  static boolean declaresChinese(String sets) {
    String s = sets.toLowerCase(java.util.Locale.ROOT);
    return s.contains("gb") || s.startsWith("58") || s.startsWith("0120") || s.startsWith("0150");
  }

  /** RUSMARC/UNIMARC Cyrillic: 02 (ISO-IR 37), 04 (ISO 5427), 89 (RUSMARC: Windows-1251). */
  static boolean declaresCyrillic(String sets) {
    if (sets.length() < 4) {
      return false;
    }
    String g1 = sets.substring(2, 4);
    return g1.equals("02") || g1.equals("04") || g1.equals("89")
        || sets.startsWith("02") || sets.startsWith("89");
  }

  private static String describeUnimarc(String sets) {
    return sets.isBlank() ? FindingDetail.of("charset.unimarcBlank")
        : FindingDetail.of("charset.unimarcDeclared",
            sets.substring(0, Math.min(4, sets.length())).trim());
  }

  /** Valid GB 18030 where at least half of the non-ASCII characters are Han. */
  private boolean looksGb(byte[] b, int from, int to) {
    CharSequence text;
    try {
      text = gbDecoder.reset().decode(ByteBuffer.wrap(b, from, to - from));
    } catch (CharacterCodingException e) {
      return false;
    }
    int nonAscii = 0;
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    return nonAscii > 0 && han * 2 >= nonAscii;
  }

  /**
   * One pass over the bytes: what kinds of bytes there are, whether they are valid UTF-8 and
   * whether they could be MARC-8.
   */
  static final class ByteStats {
    boolean high;
    boolean escape;
    boolean validUtf8 = true;
    boolean plausibleMarc8 = true;
    boolean looksCyrillic;

    static ByteStats of(byte[] b, int from, int to) {
      ByteStats s = new ByteStats();
      int cyr = 0;
      int highCount = 0;
      int i = from;
      while (i < to) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          if (c == 0x1B) {
            s.escape = true;
          }
          i++;
          continue;
        }
        s.high = true;
        highCount++;
        if (c >= 0xC0) {
          cyr++;
        }
        if (!isAnsel(c)) {
          s.plausibleMarc8 = false;
        } else if (c >= 0xC0 && c <= 0xC8 && i + 1 < to && (b[i + 1] & 0xC0) == 0x80) {
          // An ANSEL special character (copyright, degree...) followed by another non-ASCII
          // byte: the shape of a UTF-8 two-byte sequence (C3 A9 = e acute), not of MARC-8 text.
          s.plausibleMarc8 = false;
        } else if (isAnselDiacritic(c) && i + 1 < to) {
          int next = b[i + 1] & 0xFF;
          if (next >= 0x80 && !isAnselDiacritic(next)) {
            // A diacritic before a non-ASCII, non-diacritic byte: the pattern of UTF-8 lead and
            // continuation bytes, not of ANSEL.
            s.plausibleMarc8 = false;
          }
        }
        int n = utf8Length(b, i, to);
        if (n <= 0) {
          s.validUtf8 = false;
          i++;
        } else {
          i += n;
        }
      }
      if (s.escape) {
        // Escapes switch G0/G1 to other MARC-8 sets whose bytes the ANSEL check cannot judge.
        s.plausibleMarc8 = true;
      }
      s.looksCyrillic = highCount > 0 && cyr * 10 >= highCount * 8;
      return s;
    }

    /** Length of the valid UTF-8 sequence starting at i (a non-ASCII lead byte), or 0. */
    static int utf8Length(byte[] b, int i, int to) {
      int c = b[i] & 0xFF;
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
      } else {
        return 0;
      }
      if (i + n > to) {
        return 0;
      }
      int cp = c & (0xFF >> (n + 1));
      for (int k = 1; k < n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return 0;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
      }
      return n;
    }

    static boolean isAnselDiacritic(int c) {
      return c >= 0xE0 && c <= 0xFE;
    }

    /** Bytes assigned in MARC-8's default G1 (ANSEL extended Latin) and its C1 controls. */
    static boolean isAnsel(int c) {
      return c == 0x88 || c == 0x89 || c == 0x8D || c == 0x8E
          || (c >= 0xA1 && c <= 0xAE) || (c >= 0xB0 && c <= 0xBA) || c == 0xBC || c == 0xBD
          || (c >= 0xC0 && c <= 0xC8) || (c >= 0xE0 && c <= 0xFE);
    }
  }
}
