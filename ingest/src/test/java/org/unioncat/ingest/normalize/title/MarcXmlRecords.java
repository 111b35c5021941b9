package org.unioncat.ingest.normalize.title;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.unioncat.ingest.Fixtures;
import org.unioncat.ingest.marc.ControlField;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Leader;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.marc.Subfield;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Test helper: the records of a small MARCXML / UNIMARC-XML fixture (any namespace, e.g. inside an
 * SRU response) as {@link MarcRecord}s, so normalization tests can run on real records without
 * depending on the readers being written in parallel. Not a reader: no encodings, no repairs.
 */
final class MarcXmlRecords {
  private MarcXmlRecords() {}

  static List<MarcRecord> load(String fixture) {
    try (InputStream in = Fixtures.open(fixture)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document doc = factory.newDocumentBuilder().parse(in);
      List<MarcRecord> out = new ArrayList<>();
      NodeList records = doc.getElementsByTagNameNS("*", "record");
      for (int i = 0; i < records.getLength(); i++) {
        Element record = (Element) records.item(i);
        if (child(record, "leader") != null) {
          out.add(toRecord(record));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot parse fixture " + fixture, e);
    }
  }

  private static MarcRecord toRecord(Element record) {
    Leader leader = new Leader(child(record, "leader").getTextContent());
    List<MarcField> fields = new ArrayList<>();
    for (Node n = record.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      String tag = e.getAttribute("tag");
      if ("controlfield".equals(e.getLocalName())) {
        fields.add(new ControlField(tag, e.getTextContent()));
      } else if ("datafield".equals(e.getLocalName())) {
        List<Subfield> subs = new ArrayList<>();
        for (Node s = e.getFirstChild(); s != null; s = s.getNextSibling()) {
          if (s instanceof Element se && "subfield".equals(se.getLocalName())) {
            String code = se.getAttribute("code");
            subs.add(new Subfield(code.isEmpty() ? ' ' : code.charAt(0), se.getTextContent()));
          }
        }
        fields.add(new DataField(tag, indicator(e, "ind1"), indicator(e, "ind2"), subs));
      }
    }
    return new MarcRecord(leader, fields);
  }

  private static char indicator(Element e, String name) {
    String v = e.getAttribute(name);
    return v.isEmpty() ? ' ' : v.charAt(0);
  }

  private static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }
}
