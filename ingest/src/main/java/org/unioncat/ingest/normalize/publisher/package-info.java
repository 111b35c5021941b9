/**
 * Publisher and place of publication (MARC21 260/264, UNIMARC/CNMARC 210).
 *
 * <p>Rules, with the causes of {@code shared/docs/duplicate-causes.md} they serve: the publisher is
 * one of the imprint elements that confirm a title/author match when ISBNs are missing or differ
 * (causes 2, 6, 12) and that tell a wrong record apart (cause 10). The first publisher named
 * counts; "[s.n.]" and "[出版者不详]" count as none. Keys drop the words that only say what kind of
 * company it is in Western names, but keep "出版社", "书局" and the like in Chinese ones (see {@link
 * org.unioncat.ingest.normalize.publisher.PublisherKeys} for why). A romanized MARC21 imprint keeps
 * the key of its 880 so that it meets CNMARC records.
 */
package org.unioncat.ingest.normalize.publisher;
