/**
 * Loading uploads: the batch loader (validate, store in chunked transactions, resume), content
 * hashes, the indexers feeding Lucene, index rebuilds, stored-record decoding.
 */
package org.unioncat.ingest.load;
