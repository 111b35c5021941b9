package org.unioncat.ingest.read;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.MarcEncoding;

/**
 * Turns the bytes of one piece of field data (a control field, a subfield value) into NFC
 * Unicode in a given character set, and says where bytes were invalid. ASCII takes a fast path:
 * no charset machinery, no normalization.
 *
 * <p>Not thread-safe (reuses decoders and the MARC-8 converter): one per decoding thread.
 */
final class FieldTextDecoder {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final Marc8Decoder marc8 = new Marc8Decoder();
  private final CharsetDecoder utf8 = strict(StandardCharsets.UTF_8);
  private final CharsetDecoder gb = strict(Charset.forName("GB18030"));
  private final CharsetDecoder cp1251 = strict(Charset.forName("windows-1251"));
  private final List<String> marc8Problems = new ArrayList<>(2);

  /**
   * Where decoding found a problem: byte position in the piece, and why as a
   * {@link org.unioncat.ingest.finding.FindingDetail}, or null when all there is to say is that
   * the bytes are invalid.
   */
  record Problem(int position, String reason) {}

  /**
   * Decodes b[off, off+len).
   *
   * @param knownValid the caller already checked the bytes are valid in this set
   * @param problems receives the first problem found, if any
   */
  String decode(
      byte[] b, int off, int len, MarcEncoding encoding, boolean knownValid,
      List<Problem> problems) {
    if (encoding != MarcEncoding.MARC8 && isAscii(b, off, len)) {
      return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
    String text;
    switch (encoding) {
      case MARC8:
        if (Marc8Decoder.isPlainAscii(b, off, len)) {
          return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        marc8Problems.clear();
        text = marc8.decode(b, off, len, marc8Problems);
        if (!marc8Problems.isEmpty()) {
          problems.add(new Problem(firstNonAscii(b, off, len), marc8Problems.get(0)));
        }
        break;
      case UTF8:
        text = knownValid ? new String(b, off, len, StandardCharsets.UTF_8)
            : checked(utf8, StandardCharsets.UTF_8, b, off, len, problems);
        break;
      case GB18030:
        text = checked(gb, gb.charset(), b, off, len, problems);
        break;
      case CP1251:
        text = checked(cp1251, cp1251.charset(), b, off, len, problems);
        break;
      case LATIN1:
      default:
        text = new String(b, off, len, StandardCharsets.ISO_8859_1);
        break;
    }
    return NFC.isNormalized(text) ? text : NFC.normalize(text);
  }

  private static String checked(
      CharsetDecoder decoder, Charset charset, byte[] b, int off, int len,
      List<Problem> problems) {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(firstInvalid(decoder, b, off, len), null));
      // Decode again, replacing: the valid text around the bad bytes is kept.
      return new String(b, off, len, charset);
    }
  }

  /** Byte position (relative to off) of the first byte the strict decoder rejects. */
  private static int firstInvalid(CharsetDecoder decoder, byte[] b, int off, int len) {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer out = CharBuffer.allocate(len + 1);
    decoder.decode(in, out, true);
    return in.position() - off;
  }

  private static int firstNonAscii(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0 || b[i] == 0x1B) {
        return i - off;
      }
    }
    return 0;
  }

  static boolean isAscii(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Text that came in as Unicode (XML, JSON): only normalized. */
  static String nfc(String text) {
    return NFC.isNormalized(text) ? text : NFC.normalize(text);
  }

  private static CharsetDecoder strict(Charset c) {
    return c.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
