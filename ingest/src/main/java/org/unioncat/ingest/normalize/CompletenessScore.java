package org.unioncat.ingest.normalize;

import java.util.List;
import org.unioncat.ingest.marc.MarcField;
import org.unioncat.ingest.marc.MarcFlavour;
import org.unioncat.ingest.marc.MarcRecord;
import org.unioncat.ingest.normalize.date.DateInfo;
import org.unioncat.ingest.normalize.extent.ExtentInfo;
import org.unioncat.ingest.normalize.identifier.Identifiers;
import org.unioncat.ingest.normalize.isbn.IsbnData;
import org.unioncat.ingest.normalize.name.AuthorEntry;
import org.unioncat.ingest.normalize.publisher.PublisherInfo;
import org.unioncat.ingest.normalize.title.TitleInfo;

/**
 * How complete a record is, 0-100, for choosing the record to keep in a cluster
 * (marc-domain.md: "complete (title, author, imprint, extent, ISBN, subject, class), full
 * encoding level"). Points:
 *
 * <ul>
 *   <li>title proper 20 (none for a placeholder or missing title — cause 11)
 *   <li>an author (1XX/7XX or 70X/71X) 15
 *   <li>imprint: a publisher 10, a usable year 10
 *   <li>extent with pages or volumes 10
 *   <li>a valid ISBN 10
 *   <li>a subject heading (6XX) 10
 *   <li>a classification number 5
 *   <li>full encoding level (leader/17 blank; UNIMARC blank too) 10
 * </ul>
 *
 * Thread-safe (static).
 */
final class CompletenessScore {
  private CompletenessScore() {}

  static int of(
      MarcRecord record,
      MarcFlavour flavour,
      TitleInfo title,
      List<AuthorEntry> authors,
      DateInfo dates,
      PublisherInfo publisher,
      ExtentInfo extent,
      IsbnData isbns,
      Identifiers ids) {
    int score = 0;
    if (title.usable()) {
      score += 20;
    }
    if (!authors.isEmpty()) {
      score += 15;
    }
    if (publisher.key() != null && !publisher.key().isEmpty()) {
      score += 10;
    }
    if (dates.trusted() != null) {
      score += 10;
    }
    if (extent.pages() != null || extent.volumes() != null) {
      score += 10;
    }
    if (!isbns.valid().isEmpty()) {
      score += 10;
    }
    if (hasSubject(record, flavour)) {
      score += 10;
    }
    if (!ids.classifications().isEmpty()) {
      score += 5;
    }
    if (record.leader().encodingLevel() == ' ') {
      score += 10;
    }
    return score;
  }

  /**
   * A subject access field: MARC21 6XX; UNIMARC 600-617 only, since its 67X/68X/69X are
   * classification numbers (CNMARC 690 is the Chinese Library Classification).
   */
  private static boolean hasSubject(MarcRecord record, MarcFlavour flavour) {
    int last = flavour.isUnimarcFamily() ? 617 : 699;
    for (MarcField f : record.fields()) {
      String tag = f.tag();
      if (tag.length() == 3 && tag.charAt(0) == '6' && Character.isDigit(tag.charAt(1))
          && Character.isDigit(tag.charAt(2)) && Integer.parseInt(tag) <= last) {
        return true;
      }
    }
    return false;
  }
}
