package org.unioncat.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingDetail;
import org.unioncat.ingest.finding.Severity;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Decodes one raw ISO 2709 record: leader, directory, fields, character set and flavour, with a
 * finding for every damage met on the way. It never throws on bad bytes: what can be recovered is
 * kept, and a record with nothing recoverable comes back empty with RECORD_UNREADABLE.
 *
 * <p>Directory lengths count bytes, so fields are sliced by the directory first and each piece is
 * decoded on its own. The directory is trusted only when every entry points at a field that ends
 * with a field terminator; otherwise the data area is split at field terminators when that yields
 * one piece per entry (the usual damage: lengths counted in characters), and entries are followed
 * one by one as a last resort.
 *
 * <p>Not thread-safe (reuses charset machinery): one instance per decoding thread.
 */
final class Iso2709Decoder {
  private static final byte FT = 0x1E;
  private static final byte SD = 0x1F;
  private static final byte RT = 0x1D;
  /** Directory entry widths tried in order: (length digits, start digits). */
  private static final int[][] WIDTHS = {{4, 5}, {4, 6}, {5, 5}, {5, 6}};

  private final ReadOptions options;
  private final CharsetSniffer sniffer = new CharsetSniffer();
  private final FieldTextDecoder text = new FieldTextDecoder();

  Iso2709Decoder(ReadOptions options) {
    this.options = options;
  }

  /** A located field: tag and the bytes [start, end) of its data, terminator excluded. */
  private record Slice(String tag, int start, int end) {}

  /** A directory entry as read; start/length -1 when not numeric. */
  private record Entry(String tag, int length, int start, int digits) {
    boolean wide() {
      return digits != 9;
    }
  }

  ReadRecord decode(RawRecord raw) {
    List<Finding> findings = new ArrayList<>(raw.findings());
    if (raw.undecodable()) {
      return result(raw, null, MarcFlavour.UNKNOWN, null, findings);
    }
    try {
      return decodeRecord(raw, findings);
    } catch (RuntimeException e) {
      // Damage nobody foresaw must not stop the file: the record is kept raw and reported.
      findings.add(unreadable(FindingDetail.of("unreadable.unexpected", e)));
      return result(raw, null, MarcFlavour.UNKNOWN, null, findings);
    }
  }

  private ReadRecord decodeRecord(RawRecord raw, List<Finding> findings) {
    byte[] b = raw.bytes();
    int n = b.length;
    int end = n > 0 && b[n - 1] == RT ? n - 1 : n;
    if (n < Leader.LENGTH) {
      if (!raw.truncated()) {
        findings.add(leaderInvalid(FindingDetail.of("leader.tooShort", n)));
      }
      findings.add(unreadable(FindingDetail.of("unreadable.onlyBytes", n)));
      return result(raw, null, MarcFlavour.UNKNOWN, null, findings);
    }
    String leader = leader(b, findings);
    int declared = digits(b, 0, 5);
    if (declared < 0) {
      findings.add(
          leaderInvalid(FindingDetail.of("leader.lengthNotNumber", leader.substring(0, 5))));
    } else if (!raw.truncated() && declared != n) {
      boolean wrapped = n > 99_999 && (declared == n % 100_000 || declared == 99_999);
      if (!wrapped) {
        findings.add(Finding.of(FindingCode.RECORD_LENGTH_MISMATCH, null, null, declared, n));
      }
    }
    if (n > 99_999) {
      findings.add(Finding.of(FindingCode.RECORD_TOO_LONG, null, null, n));
    }
    FieldChecks.checkLeaderFixed(leader, findings);

    // A directory is digits and tag characters: its end is the first field terminator, whatever
    // the base address says.
    int dirEnd = indexOf(b, FT, Leader.LENGTH, end);
    int base = digits(b, 12, 5);
    if (dirEnd < 0) {
      findings.add(dirInvalid(FindingDetail.of("directory.noTerminator"), true));
      findings.add(unreadable(FindingDetail.of("unreadable.directoryNoEnd")));
      return result(raw, null, MarcFlavour.UNKNOWN, null, findings);
    }
    if (base != dirEnd + 1) {
      findings.add(leaderInvalid(base < 0
          ? FindingDetail.of("leader.baseNotNumber", leader.substring(12, 17))
          : FindingDetail.of("leader.baseMismatch", base, dirEnd + 1)));
      base = dirEnd + 1;
    }

    List<Slice> slices = locateFields(b, base, dirEnd, end, raw.truncated(), findings);
    if (slices.isEmpty()) {
      if (dirEnd == Leader.LENGTH) {
        findings.add(dirInvalid(FindingDetail.of("directory.empty"), true));
      }
      findings.add(unreadable(FindingDetail.of("unreadable.noFields")));
      return result(raw, null, MarcFlavour.UNKNOWN, null, findings);
    }

    Set<String> tags = new HashSet<>();
    for (Slice s : slices) {
      tags.add(s.tag());
    }
    MarcFlavour byTags = options.flavour().orElse(FlavourDetector.byTags(tags));

    MarcEncoding encoding;
    boolean knownValid;
    if (options.encoding().isPresent()) {
      encoding = options.encoding().get();
      knownValid = false;
    } else {
      CharsetSniffer.Decision d =
          sniffer.decide(b, base, end, leader.charAt(9), byTags, unimarcSets(b, slices));
      encoding = d.encoding();
      knownValid = d.validUtf8() && encoding == MarcEncoding.UTF8;
      d.finding().ifPresent(findings::add);
    }

    boolean noSubfields = b[10] == '0' && b[11] == '0';
    int indicators = b[10] >= '0' && b[10] <= '2' ? b[10] - '0' : 2;
    List<MarcField> fields = new ArrayList<>(slices.size());
    List<FieldTextDecoder.Problem> problems = new ArrayList<>(1);
    for (Slice s : slices) {
      problems.clear();
      MarcField f;
      if (MarcField.isControlTag(s.tag()) || noSubfields) {
        f = new ControlField(s.tag(),
            text.decode(b, s.start(), s.end() - s.start(), encoding, knownValid, problems));
      } else {
        f = dataField(b, s, indicators, encoding, knownValid, problems, findings);
      }
      if (!problems.isEmpty()) {
        FieldTextDecoder.Problem p = problems.get(0);
        // The message already says the bytes are not valid in the set; a reason is added only
        // when the decoder has one (the MARC-8 converter's).
        String set = p.reason() == null ? encoding.label()
            : FindingDetail.of("encoding.withReason", encoding.label(), p.reason());
        findings.add(
            Finding.of(FindingCode.ENCODING_INVALID, s.tag(), null, s.tag(), set, p.position()));
      }
      fields.add(f);
    }
    MarcRecord record = new MarcRecord(new Leader(leader), fields);
    MarcFlavour flavour =
        options.flavour().orElseGet(() -> FlavourDetector.detect(record, byTags));
    FieldChecks.check(fields, flavour, findings);
    if (flavour == MarcFlavour.UNKNOWN && options.flavour().isEmpty()) {
      findings.add(Finding.of(FindingCode.FLAVOUR_UNKNOWN, null, null));
    }
    return result(raw, record, flavour, encoding, findings);
  }

  private DataField dataField(
      byte[] b, Slice s, int indicators, MarcEncoding encoding, boolean knownValid,
      List<FieldTextDecoder.Problem> problems, List<Finding> findings) {
    int start = s.start();
    int end = s.end();
    int first = indexOf(b, SD, start, end);
    int indEnd = first < 0 ? Math.min(start + indicators, end) : first;
    if (first >= 0 && first - start > indicators && first - start == 2) {
      // The leader says fewer indicators but the field has two: the leader is wrong (reported).
      indEnd = first;
    } else if (indEnd - start > indicators) {
      indEnd = start + indicators;
    }
    char ind1 = ' ';
    char ind2 = ' ';
    int present = indEnd - start;
    if (present >= 1) {
      ind1 = (char) (b[start] & 0xFF);
    }
    if (present >= 2) {
      ind2 = (char) (b[start + 1] & 0xFF);
    }
    if (present < 2 && indicators == 2) {
      findings.add(
          Finding.of(FindingCode.INDICATOR_INVALID, s.tag(), null, s.tag(), "", present + 1));
    }
    List<Subfield> subs = new ArrayList<>();
    if (indEnd < (first < 0 ? end : first)) {
      // Data between the indicators and the first delimiter has no subfield code: keep it
      // under code ' ' (reported as SUBFIELD_CODE_INVALID) rather than drop it.
      int to = first < 0 ? end : first;
      subs.add(new Subfield(' ',
          text.decode(b, indEnd, to - indEnd, encoding, knownValid, problems)));
    }
    int i = first;
    while (i >= 0 && i < end) {
      int next = indexOf(b, SD, i + 1, end);
      int segEnd = next < 0 ? end : next;
      if (segEnd > i + 1) {
        int codeLen = codeLength(b, i + 1, segEnd, encoding);
        String code = codeLen == 1 ? String.valueOf((char) (b[i + 1] & 0xFF))
            : new String(b, i + 1, codeLen, StandardCharsets.UTF_8);
        int valueStart = i + 1 + codeLen;
        String value = text.decode(b, valueStart, segEnd - valueStart, encoding, knownValid,
            problems);
        subs.add(new Subfield(code.length() == 1 ? code.charAt(0) : '\uFFFD', value));
      } else {
        findings.add(Finding.of(FindingCode.SUBFIELD_CODE_INVALID, s.tag(), null, s.tag(), ""));
      }
      i = next;
    }
    return new DataField(s.tag(), ind1, ind2, subs);
  }

  /** A subfield code is one byte, or one UTF-8 character in UTF-8 records (a damaged code). */
  private static int codeLength(byte[] b, int i, int end, MarcEncoding encoding) {
    if (b[i] >= 0 || encoding != MarcEncoding.UTF8) {
      return 1;
    }
    int n = CharsetSniffer.ByteStats.utf8Length(b, i, end);
    return n == 2 || n == 3 ? n : 1;
  }

  /** Reads the leader as characters; bytes outside printable ASCII are reported. */
  private static String leader(byte[] b, List<Finding> findings) {
    char[] c = new char[Leader.LENGTH];
    boolean reported = false;
    for (int i = 0; i < Leader.LENGTH; i++) {
      int v = b[i] & 0xFF;
      c[i] = (char) v;
      if ((v < 0x20 || v > 0x7E) && !reported) {
        findings.add(leaderInvalid(
            FindingDetail.of("leader.badByte", i, String.format("0x%02X", v))));
        reported = true;
      }
    }
    return new String(c);
  }

  /**
   * Finds the fields: through the directory when it is consistent, else by splitting the data
   * area at field terminators, else entry by entry.
   */
  private static List<Slice> locateFields(
      byte[] b, int base, int dirEnd, int end, boolean truncated, List<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    int p = Leader.LENGTH;
    int wide = 0;
    int unparsable = 0;
    while (p + 12 <= dirEnd) {
      String tag = new String(b, p, 3, StandardCharsets.ISO_8859_1);
      Entry chosen = null;
      for (int[] w : WIDTHS) {
        if (p + 3 + w[0] + w[1] > dirEnd) {
          continue;
        }
        int len = digits(b, p + 3, w[0]);
        int start = digits(b, p + 3 + w[0], w[1]);
        if (len < 0 || start < 0) {
          continue;
        }
        Entry e = new Entry(tag, len, start, w[0] + w[1]);
        if (consistent(b, base, end, e)) {
          chosen = e;
          break;
        }
        if (chosen == null && w == WIDTHS[0]) {
          chosen = e;
        }
      }
      if (chosen == null) {
        chosen = new Entry(tag, -1, -1, 9);
        unparsable++;
      }
      if (chosen.wide()) {
        wide++;
      }
      entries.add(chosen);
      p += 3 + chosen.digits();
    }
    int leftover = dirEnd - p;

    boolean allConsistent = unparsable == 0;
    for (Entry e : entries) {
      if (!consistent(b, base, end, e)) {
        allConsistent = false;
        break;
      }
    }
    List<Slice> slices = new ArrayList<>(entries.size());
    if (allConsistent) {
      for (Entry e : entries) {
        slices.add(new Slice(e.tag(), base + e.start(), base + e.start() + e.length() - 1));
      }
      if (wide > 0) {
        findings.add(dirInvalid(FindingDetail.of("directory.wideEntries", wide), false));
      }
      if (leftover > 0) {
        findings.add(dirInvalid(FindingDetail.of("directory.leftoverBytes", leftover), false));
      }
      return slices;
    }
    // Split the data area at field terminators.
    List<int[]> pieces = new ArrayList<>();
    int s = base;
    while (s < end) {
      int t = indexOf(b, FT, s, end);
      if (t < 0) {
        if (!truncated || s < end) {
          pieces.add(new int[] {s, end});
        }
        break;
      }
      pieces.add(new int[] {s, t});
      s = t + 1;
    }
    if (pieces.size() == entries.size() && !entries.isEmpty()) {
      for (int i = 0; i < entries.size(); i++) {
        slices.add(new Slice(entries.get(i).tag(), pieces.get(i)[0], pieces.get(i)[1]));
      }
      if (!truncated) {
        findings.add(dirInvalid(
            FindingDetail.of("directory.recoveredBySplitting", entries.size()), false));
      }
      return slices;
    }
    // Last resort: match each entry to the piece starting nearest to where it points (lengths
    // counted in characters shift positions by a few bytes), in directory order.
    int lost = 0;
    int next = 0;
    for (Entry e : entries) {
      int from = base + e.start();
      if (e.start() < 0 || from >= end || next >= pieces.size()) {
        lost++;
        continue;
      }
      int best = next;
      for (int k = next + 1; k < pieces.size(); k++) {
        if (Math.abs(pieces.get(k)[0] - from) < Math.abs(pieces.get(best)[0] - from)) {
          best = k;
        } else if (pieces.get(k)[0] > from) {
          break;
        }
      }
      slices.add(new Slice(e.tag(), pieces.get(best)[0], pieces.get(best)[1]));
      next = best + 1;
    }
    if (truncated) {
      return slices;
    }
    int unlisted = pieces.size() - slices.size();
    String why = leftover != 0
        ? FindingDetail.of("directory.entriesMismatchLeftover", entries.size(), leftover,
            pieces.size())
        : FindingDetail.of("directory.entriesMismatch", entries.size(), pieces.size());
    if (lost > 0) {
      why = FindingDetail.of("clauses", why, FindingDetail.of("directory.entriesOutside", lost));
    }
    if (unlisted > 0) {
      why = FindingDetail.of("clauses", why,
          FindingDetail.of("directory.fieldsNotListed", unlisted));
    }
    findings.add(dirInvalid(why, true));
    return slices;
  }

  /** The entry's field lies in the data area and ends with a field terminator. */
  private static boolean consistent(byte[] b, int base, int end, Entry e) {
    if (e.start() < 0 || e.length() < 1) {
      return false;
    }
    int from = base + e.start();
    int to = from + e.length();
    return to <= end && b[to - 1] == FT && (from == base || b[from - 1] == FT);
  }

  /** 100$a/26-33 of a UNIMARC record, as ASCII; "" when absent. */
  private static String unimarcSets(byte[] b, List<Slice> slices) {
    for (Slice s : slices) {
      if (s.tag().equals("100")) {
        int a = -1;
        for (int i = s.start(); i + 1 < s.end(); i++) {
          if (b[i] == SD && b[i + 1] == 'a') {
            a = i + 2;
            break;
          }
        }
        if (a < 0) {
          return "";
        }
        int valueEnd = indexOf(b, SD, a, s.end());
        valueEnd = valueEnd < 0 ? s.end() : valueEnd;
        if (valueEnd - a < 30) {
          return "";
        }
        return new String(b, a + 26, Math.min(8, valueEnd - a - 26), StandardCharsets.ISO_8859_1);
      }
    }
    return "";
  }

  private static ReadRecord result(
      RawRecord raw, MarcRecord record, MarcFlavour flavour, MarcEncoding encoding,
      List<Finding> findings) {
    String localId = record == null ? null : record.localId().orElse(null);
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      placed.add(f.at(raw.ordinal(), localId, raw.byteOffset()));
    }
    return new ReadRecord(raw.ordinal(), raw.byteOffset(), raw.bytes(), ContainerFormat.ISO2709,
        Optional.ofNullable(record), flavour, Optional.ofNullable(encoding), placed);
  }

  /** RECORD_UNREADABLE with a {@link FindingDetail} saying why. */
  static Finding unreadable(String why) {
    return Finding.of(FindingCode.RECORD_UNREADABLE, null, null, why);
  }

  /** LEADER_INVALID with a {@link FindingDetail} saying what is wrong. */
  private static Finding leaderInvalid(String why) {
    return Finding.of(FindingCode.LEADER_INVALID, null, null, why);
  }

  /** DIRECTORY_INVALID: an error when fields were lost, a warning when all were recovered. */
  private static Finding dirInvalid(String why, boolean lost) {
    Finding f = Finding.of(FindingCode.DIRECTORY_INVALID, null, null, why);
    return lost ? f : f.withSeverity(Severity.WARNING);
  }

  private static int indexOf(byte[] b, byte v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** The number in b[off, off+n), or -1 when not all digits (or out of range). */
  static int digits(byte[] b, int off, int n) {
    if (off + n > b.length) {
      return -1;
    }
    int v = 0;
    for (int i = off; i < off + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }
}
