/**
 * The labelled test-catalog generator for the duplicate detector's quality benchmark: from real
 * seed records it builds the uploads of several member libraries, with duplicates made the way
 * catalogers make them (the twelve causes of {@code duplicate-causes.md}), hard negatives that
 * must not be merged, and a {@link org.unioncat.dedup.eval.TruthTable} saying which records
 * describe the same manifestation. Entry point:
 * {@link org.unioncat.dedup.eval.CatalogGenerator#generate(java.util.List,
 * org.unioncat.dedup.eval.GeneratorConfig)}; see {@code docs/eval-generator.md}.
 */
package org.unioncat.dedup.eval;
