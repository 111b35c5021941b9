/**
 * ISBN normalization: cleans what catalogers type into 020 (MARC21) and 010 (UNIMARC/CNMARC),
 * validates check digits, folds ISBN-10 and ISBN-13 to one ISBN-13 key, reads the binding from
 * the qualifier and proposes corrections.
 *
 * <p>Rules, with the duplicate causes from {@code duplicate-causes.md} they serve:
 *
 * <ul>
 *   <li>Every valid ISBN is folded to its ISBN-13 ({@link org.unioncat.ingest.normalize.isbn.Isbn})
 *       so that a record with "7-5037-2623-7" and one with "9787503726236" share a key (causes 1
 *       and 12). A record holding a 978 ISBN in one form only is listed in {@code singleFormOnly}
 *       and gets a correction adding the other form (cause 1: "one record carrying both forms").
 *   <li>Hyphens, spaces, an "ISBN"/"ISBN-13:" label, qualifiers in parentheses ("(pbk.)",
 *       "(精装)") and prices (": CNY25.00", "$15.00") are not part of the number; a lowercase "x"
 *       check digit is uppercased. Full-width digits are folded by NFKC.
 *   <li>A nine-digit number is a pre-1974 British SBN only when it is labelled "SBN": then a
 *       leading 0 makes it an ISBN-10. Unlabelled nine-digit numbers are far more often an ISBN-10
 *       with a dropped digit, and one in eleven of those would pass the checksum after adding a
 *       0 and match the wrong book; precision matters more than recall, so they stay LENGTH errors.
 *   <li>Cancelled or invalid ISBNs ($z) are kept as entries but do not enter the {@code valid} key
 *       set: they are often printed on another binding or on another book.
 *   <li>The binding (020$q, 010$b or the parenthesis) is kept so that hardcover and paperback of
 *       one book can be recognised as such (cause 2) rather than as two works. Paper quality
 *       ("alk. paper") and volume designations ("v. 1") say nothing about binding.
 *   <li>An invalid ISBN in $a gets a correction moving it to $z.
 * </ul>
 */
package org.unioncat.ingest.normalize.isbn;
