package org.unioncat.ingest.normalize.publisher;

import java.util.ArrayList;
import java.util.List;
import org.unioncat.ingest.marc.CnmarcTags;
import org.unioncat.ingest.marc.DataField;
import org.unioncat.ingest.marc.Marc21Tags;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.title.IsbdPunctuation;
import org.unioncat.ingest.normalize.title.LinkedFields;

/**
 * Extracts a record's {@link PublisherInfo}. MARC21: the first 264 with second indicator 1
 * (publication), else 260, else a 264 naming the distributor (ind2 2); the first publisher ($b) and
 * place ($a) that are not "[s.n.]"-like placeholders; with none of these, an 880 standing for a
 * 260/264 that the record lacks. UNIMARC/CNMARC: 210 $c and $a. Never throws; a record without an
 * imprint gives {@link PublisherInfo#NONE}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublisherExtractor {
  private static final char PUBLICATION = '1';
  private static final char DISTRIBUTION = '2';

  /** Extracts the publisher of {@code record} with the tag table of {@code flavour}. */
  public PublisherInfo extract(MarcRecord record, MarcFlavour flavour) {
    if (record == null) {
      return PublisherInfo.NONE;
    }
    List<DataField> candidates = new ArrayList<>();
    char nameCode;
    if (flavour != null && flavour.isUnimarcFamily()) {
      candidates.addAll(record.dataFields(CnmarcTags.PUBLICATION));
      nameCode = 'c';
    } else {
      List<DataField> f264 = record.dataFields(Marc21Tags.PRODUCTION_PUBLICATION);
      f264.stream().filter(f -> f.ind2() == PUBLICATION).forEach(candidates::add);
      candidates.addAll(record.dataFields(Marc21Tags.IMPRINT));
      f264.stream().filter(f -> f.ind2() == DISTRIBUTION).forEach(candidates::add);
      nameCode = 'b';
      if (candidates.isEmpty()) {
        // an imprint only in the original script: 880 "$6 260-00" with no romanized 260
        for (DataField alt : record.dataFields(Marc21Tags.ALTERNATE_GRAPHIC)) {
          String linked = LinkedFields.linkedTag(alt.first(LinkedFields.LINKAGE).orElse(""));
          if (Marc21Tags.IMPRINT.equals(linked)
              || Marc21Tags.PRODUCTION_PUBLICATION.equals(linked) && alt.ind2() == PUBLICATION) {
            candidates.add(alt);
          }
        }
      }
    }
    String place = null;
    String placeSource = null;
    for (DataField f : candidates) {
      String name = firstReal(f.all(nameCode));
      String fieldPlace = firstReal(f.all('a'));
      if (name != null) {
        return new PublisherInfo(
            name,
            PublisherKeys.keyOf(name),
            fieldPlace != null ? fieldPlace : place,
            sourceOf(f) + "$" + nameCode,
            altScriptKey(record, f, nameCode));
      }
      if (place == null && fieldPlace != null) {
        place = fieldPlace;
        placeSource = sourceOf(f) + "$a";
      }
    }
    return place == null
        ? PublisherInfo.NONE
        : new PublisherInfo(null, null, place, placeSource, null);
  }

  /** "260", or "880(260)" for an unlinked alternate-script imprint. */
  private static String sourceOf(DataField f) {
    if (!f.tag().equals(Marc21Tags.ALTERNATE_GRAPHIC)) {
      return f.tag();
    }
    return Marc21Tags.ALTERNATE_GRAPHIC
        + "("
        + LinkedFields.linkedTag(f.first(LinkedFields.LINKAGE).orElse(""))
        + ")";
  }

  /** The key of the publisher in the 880 linked to {@code f} (MARC21 only), or null. */
  private static String altScriptKey(MarcRecord record, DataField f, char nameCode) {
    if (f.tag().equals(CnmarcTags.PUBLICATION) || f.tag().equals(Marc21Tags.ALTERNATE_GRAPHIC)) {
      return null;
    }
    return LinkedFields.alternateOf(record, f)
        .map(alt -> firstReal(alt.all(nameCode)))
        .map(PublisherKeys::keyOf)
        .filter(k -> !k.isEmpty())
        .orElse(null);
  }

  /** The first value that is not blank or a placeholder, cleaned for display; or null. */
  private static String firstReal(List<String> values) {
    for (String v : values) {
      String clean = IsbdPunctuation.unbracket(v);
      if (!clean.isEmpty() && !ImprintPlaceholders.isPlaceholder(clean)) {
        return clean;
      }
    }
    return null;
  }
}
