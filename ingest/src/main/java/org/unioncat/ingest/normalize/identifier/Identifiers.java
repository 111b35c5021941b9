package org.unioncat.ingest.normalize.identifier;

import java.util.List;

/**
 * A record's identifiers and codes other than the ISBN, normalized for comparison. Immutable and
 * thread-safe.
 *
 * @param systemNumbers 035 $a normalized by {@link SystemNumbers#normalize} ("(OCoLC)ocm00012345"
 *     gives "(ocolc)12345"), plus the OCLC number a MARC21 001 carries when 003 is "OCoLC"; in
 *     record order, without repeats
 * @param lccn MARC21 010 $a normalized by {@link Lccn#normalize}, or null (UNIMARC 010 is the ISBN)
 * @param language MARC21 008/35-37, else 041 $a; UNIMARC 101 $a; lower-case, or null
 * @param recordType leader/06
 * @param bibLevel leader/07
 * @param encodingLevel leader/17
 * @param classifications "scheme:number": "lcc:QA76.73" (050; UNIMARC 680), "ddc:005.133" (082;
 *     UNIMARC 676), "clc:I242.4" (084 $2 clc; UNIMARC 690), other 084/686 under their $2 code
 * @param catalogingSources institutions that created or changed the record: MARC21 040 $a $d,
 *     UNIMARC 801 $b; upper-case, in order, without repeats
 */
public record Identifiers(
    List<String> systemNumbers,
    String lccn,
    String language,
    char recordType,
    char bibLevel,
    char encodingLevel,
    List<String> classifications,
    List<String> catalogingSources) {

  public Identifiers {
    systemNumbers = systemNumbers == null ? List.of() : List.copyOf(systemNumbers);
    classifications = classifications == null ? List.of() : List.copyOf(classifications);
    catalogingSources = catalogingSources == null ? List.of() : List.copyOf(catalogingSources);
  }
}
