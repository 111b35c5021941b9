package org.unioncat.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.unioncat.ingest.finding.Finding;
import org.unioncat.ingest.finding.FindingCode;
import org.unioncat.ingest.finding.FindingDetail;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcEncoding;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;

/**
 * Reads MARCXML with StAX, streaming: MARC21 slim, UNIMARC/CNMARC XML, any namespace or none,
 * bare or inside SRU/OAI-PMH envelopes. A MARC record is a {@code record} element holding
 * {@code leader}, {@code controlfield} or {@code datafield} children; an enclosing envelope
 * {@code record} (OAI-PMH, SRU) holds none of them directly and is passed through.
 *
 * <p>Hardened: DTDs and external entities are refused (a DOCTYPE ends the file with
 * XML_MALFORMED, so no entity is ever expanded); elements nested deeper than {@value #MAX_DEPTH}
 * end the file the same way (no MARCXML, even inside OAI-PMH or SRU envelopes, comes near); the
 * text of one field or subfield is kept up to {@value #MAX_TEXT} characters (the ISO 2709 limit of
 * a whole record) and the rest reported and dropped. Text is read in the parser's chunks, never
 * coalesced, so one huge text node cannot fill the memory. When the XML stops being well-formed, records
 * before the error come back normally and the error comes back as one more ReadRecord, empty,
 * with XML_MALFORMED (line, column, reason); the parser cannot resume after it, so it is the last.
 * The raw bytes of each record are the record re-serialized as MARCXML (UTF-8); byteOffset is the
 * parser's character offset of the record's start tag (-1 when the parser does not say).
 *
 * <p>Not thread-safe: one consumer.
 */
final class MarcXmlReader implements MarcReader {
  private static final String SLIM = "http://www.loc.gov/MARC21/slim";
  static final int MAX_DEPTH = 64;
  static final int MAX_TEXT = 99_999;

  private final CountingInputStream counted;
  private final ReadOptions options;
  private XMLStreamReader xml;
  private int ordinal;
  private boolean done;
  private ReadRecord pending;

  MarcXmlReader(CountingInputStream in, ReadOptions options) {
    this.counted = in;
    this.options = options;
    // The JDK's own parser, whatever else is on the class path: its limits are the ones relied on.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
    // Problems are reported as findings; nothing goes to stderr.
    factory.setXMLReporter((message, type, info, location) -> { });
    try {
      xml = factory.createXMLStreamReader((InputStream) in);
    } catch (XMLStreamException e) {
      pending = malformed(e.getLocation(), parserSays(e.getMessage()), -1);
      done = true;
    }
  }

  /** One record being read. */
  private static final class Builder {
    final long offset;
    final int line;
    String leader;
    final List<MarcField> fields = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    boolean content;

    Builder(long offset, int line) {
      this.offset = offset;
      this.line = line;
    }
  }

  @Override
  public ReadRecord next() throws IOException {
    if (pending != null) {
      ReadRecord r = pending;
      pending = null;
      return r;
    }
    if (done) {
      return null;
    }
    Builder current = null;
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          done = true;
          return malformed(xml.getLocation(), FindingDetail.of("xml.doctype"), offset(current));
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          done = true;
          return malformed(xml.getLocation(),
              FindingDetail.of("xml.entity", xml.getLocalName()), offset(current));
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (name.equals("record")) {
            // A nested record replaces an envelope record that has no MARC content.
            if (current == null || !current.content) {
              current = new Builder(xml.getLocation().getCharacterOffset(),
                  xml.getLocation().getLineNumber());
            }
          } else if (current != null) {
            if (current.content || isMarcElement(name)) {
              element(current, name);
            }
            // Other elements before any MARC content are envelope (OAI-PMH header, SRU
            // recordData...): descend into them, a MARC record may be inside.
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("record") && current != null) {
          if (current.content) {
            return build(current);
          }
          current = null;
        }
      }
      done = true;
      return null;
    } catch (XMLStreamException e) {
      done = true;
      if (e.getNestedException() instanceof ExpansionLimitException bomb) {
        throw bomb;
      }
      return malformed(e.getLocation(), parserSays(e.getMessage()), offset(current));
    } catch (RuntimeException e) {
      // Some StAX implementations wrap I/O and charset errors in unchecked exceptions.
      done = true;
      Location at = xml.getLocation();
      return malformed(at, parserSays(e.getMessage()), offset(current));
    }
  }

  private static boolean isMarcElement(String name) {
    return name.equals("leader") || name.equals("controlfield") || name.equals("datafield");
  }

  private static long offset(Builder b) {
    return b == null ? -1 : b.offset;
  }

  private void element(Builder b, String name) throws XMLStreamException {
    switch (name) {
      case "leader":
        b.content = true;
        b.leader = text(b, FindingDetail.of("xml.in.leader"));
        break;
      case "controlfield": {
        b.content = true;
        String tag = attr("tag");
        if (tag == null) {
          tag = "";
        }
        String in = FindingDetail.of("xml.in.controlfield", tag);
        b.fields.add(new ControlField(tag, FieldTextDecoder.nfc(text(b, in))));
        break;
      }
      case "datafield":
        b.content = true;
        b.fields.add(dataField(b));
        break;
      default:
        unexpected(b, name, FindingDetail.of("xml.in.record"));
        skipElement();
        break;
    }
  }

  private DataField dataField(Builder b) throws XMLStreamException {
    String tag = attr("tag");
    if (tag == null) {
      tag = "";
    }
    char ind1 = indicator(b, tag, "ind1", 1);
    char ind2 = indicator(b, tag, "ind2", 2);
    List<Subfield> subs = new ArrayList<>();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("subfield")) {
          String code = attr("code");
          String value = FieldTextDecoder.nfc(text(b, FindingDetail.of("xml.in.subfield", tag)));
          char c;
          if (code == null || code.length() != 1) {
            // Missing or multi-character code: the value is kept under ' ' (reported).
            c = code != null && code.length() > 1 ? '\uFFFD' : ' ';
            b.findings.add(Finding.of(FindingCode.SUBFIELD_CODE_INVALID, tag, null, tag,
                code == null ? "" : code));
          } else {
            c = code.charAt(0);
          }
          subs.add(new Subfield(c, value));
        } else {
          unexpected(b, xml.getLocalName(), FindingDetail.of("xml.in.datafield", tag));
          skipElement();
        }
      }
    }
    return new DataField(tag, ind1, ind2, subs);
  }

  private char indicator(Builder b, String tag, String attr, int position) {
    String v = attr(attr);
    if (v == null || v.length() != 1) {
      b.findings.add(Finding.of(FindingCode.INDICATOR_INVALID, tag, null, tag,
          v == null ? "" : v, position));
      return ' ';
    }
    return v.charAt(0);
  }

  /**
   * The text content of the current element; child elements are reported and skipped.
   *
   * @param where a {@link FindingDetail} naming the element, for the report
   */
  private String text(Builder b, String where) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    boolean tooLong = false;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          if (out.length() < MAX_TEXT) {
            out.append(xml.getTextCharacters(), xml.getTextStart(),
                Math.min(xml.getTextLength(), MAX_TEXT - out.length()));
          } else if (!tooLong) {
            tooLong = true;
            Location at = xml.getLocation();
            b.findings.add(Finding.of(FindingCode.XML_MALFORMED, null, null, at.getLineNumber(),
                at.getColumnNumber(), FindingDetail.of("xml.textTooLong", where, MAX_TEXT)));
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          unexpected(b, xml.getLocalName(), where);
          skipElement();
          break;
        case XMLStreamConstants.END_ELEMENT:
          return out.toString();
        default:
          break;
      }
    }
  }

  /** XML_MALFORMED for element {@code name} inside {@code where} (a {@link FindingDetail}). */
  private void unexpected(Builder b, String name, String where) {
    Location at = xml.getLocation();
    b.findings.add(Finding.of(FindingCode.XML_MALFORMED, null, null, at.getLineNumber(),
        at.getColumnNumber(), FindingDetail.of("xml.unexpectedElement", name, where)));
  }

  /** Skips the element just started, with everything inside it. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private String attr(String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals(name)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private ReadRecord build(Builder b) {
    List<Finding> findings = new ArrayList<>(b.findings);
    String leaderText = b.leader;
    if (leaderText == null) {
      findings.add(Finding.of(FindingCode.LEADER_INVALID, null, null,
          FindingDetail.of("leader.missing")));
      leaderText = "";
    } else if (leaderText.length() != Leader.LENGTH) {
      findings.add(Finding.of(FindingCode.LEADER_INVALID, null, null,
          FindingDetail.of("leader.wrongLength", leaderText.length())));
    } else {
      FieldChecks.checkLeaderFixed(leaderText, findings);
    }
    MarcRecord record = new MarcRecord(new Leader(leaderText), b.fields);
    MarcFlavour flavour = flavour(record, options, findings);
    FieldChecks.check(b.fields, flavour, findings);
    byte[] raw = serialize(b.leader, b.fields);
    int no = ++ordinal;
    String id = record.localId().orElse(null);
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      placed.add(f.at(no, id, b.offset));
    }
    return new ReadRecord(no, b.offset, raw, ContainerFormat.MARCXML, Optional.of(record),
        flavour, Optional.of(MarcEncoding.UTF8), placed);
  }

  /** Flavour of a record that came in as Unicode (XML, JSON); adds FLAVOUR_UNKNOWN. */
  static MarcFlavour flavour(MarcRecord record, ReadOptions options, List<Finding> findings) {
    if (options.flavour().isPresent()) {
      return options.flavour().get();
    }
    Set<String> tags = new HashSet<>();
    for (MarcField f : record.fields()) {
      tags.add(f.tag());
    }
    MarcFlavour flavour = FlavourDetector.detect(record, FlavourDetector.byTags(tags));
    if (flavour == MarcFlavour.UNKNOWN) {
      findings.add(Finding.of(FindingCode.FLAVOUR_UNKNOWN, null, null));
    }
    return flavour;
  }

  /**
   * The parser's message as a {@link FindingDetail}: the JDK's parsers speak English only, so
   * their words are data that the Chinese text frames and quotes.
   */
  private static String parserSays(String message) {
    if (message == null || message.isBlank()) {
      return FindingDetail.of("xml.unknownError");
    }
    if (message.contains("maxElementDepth")) {
      return FindingDetail.of("xml.tooDeep", MAX_DEPTH);
    }
    String reason = message;
    int m = reason.indexOf("Message: ");
    if (m >= 0) {
      // The JDK prefixes "ParseError at [row,col]:[..]\nMessage: "; the finding has the position.
      reason = reason.substring(m + "Message: ".length());
    }
    return FindingDetail.of("xml.parser", reason.trim());
  }

  /** XML_MALFORMED ending the file; {@code reason} is a {@link FindingDetail}. */
  private ReadRecord malformed(Location reported, String reason, long offset) {
    // Charset errors come without a location: the parser's current one is close enough.
    Location at = reported != null && reported.getLineNumber() > 0 ? reported
        : xml != null ? xml.getLocation() : null;
    int line = at == null ? -1 : at.getLineNumber();
    int column = at == null ? -1 : at.getColumnNumber();
    int no = ++ordinal;
    Finding f = Finding.of(FindingCode.XML_MALFORMED, null, null, line, column, reason)
        .at(no, null, offset);
    return new ReadRecord(no, offset, new byte[0], ContainerFormat.MARCXML, Optional.empty(),
        MarcFlavour.UNKNOWN, Optional.empty(), List.of(f));
  }

  /** The record as MARCXML (slim namespace), UTF-8: the "raw bytes" of an XML record. */
  static byte[] serialize(String leader, List<MarcField> fields) {
    StringBuilder out = new StringBuilder(256).append("<record xmlns=\"").append(SLIM)
        .append("\">");
    if (leader != null) {
      out.append("<leader>");
      escape(leader, out);
      out.append("</leader>");
    }
    for (MarcField f : fields) {
      if (f instanceof ControlField) {
        ControlField c = (ControlField) f;
        out.append("<controlfield tag=\"");
        escape(c.tag(), out);
        out.append("\">");
        escape(c.data(), out);
        out.append("</controlfield>");
      } else {
        DataField d = (DataField) f;
        out.append("<datafield tag=\"");
        escape(d.tag(), out);
        out.append("\" ind1=\"");
        escape(String.valueOf(d.ind1()), out);
        out.append("\" ind2=\"");
        escape(String.valueOf(d.ind2()), out);
        out.append("\">");
        for (Subfield s : d.subfields()) {
          out.append("<subfield code=\"");
          escape(String.valueOf(s.code()), out);
          out.append("\">");
          escape(s.value(), out);
          out.append("</subfield>");
        }
        out.append("</datafield>");
      }
    }
    return out.append("</record>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            out.append(c);
          }
      }
    }
  }

  @Override
  public ContainerFormat format() {
    return ContainerFormat.MARCXML;
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public void close() throws IOException {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("could not close the XML parser", e);
    } finally {
      counted.close();
    }
  }
}
