package org.unioncat.dedup.eval;

/** A generated record's identity: the uploading library and its local 001. */
public record RecordKey(String library, String localId) implements Comparable<RecordKey> {
  @Override
  public int compareTo(RecordKey other) {
    int byLibrary = library.compareTo(other.library);
    return byLibrary != 0 ? byLibrary : localId.compareTo(other.localId);
  }

  @Override
  public String toString() {
    return library + ":" + localId;
  }
}
