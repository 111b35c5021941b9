package org.unioncat.ingest.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Chunks are committed in submission order, and nothing after a failed one. */
class OrderedChunkWriterTest {

  @Test
  void commitsInOrderOnAnotherThread() {
    List<Integer> done = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    try (OrderedChunkWriter writer = new OrderedChunkWriter()) {
      for (int i = 0; i < 50; i++) {
        int chunk = i;
        writer.submit(
            () -> {
              sleepMillis(chunk % 3);
              threads.add(Thread.currentThread().getName());
              done.add(chunk);
            });
      }
      writer.finish();
    }
    assertThat(done).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
    assertThat(threads).containsOnly("chunk-writer");
  }

  @Test
  void aFailedChunkStopsTheLaterOnesAndIsRethrown() {
    List<Integer> done = new CopyOnWriteArrayList<>();
    IllegalStateException crash = new IllegalStateException("chunk 2 failed");
    try (OrderedChunkWriter writer = new OrderedChunkWriter()) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 20; i++) {
                  int chunk = i;
                  writer.submit(
                      () -> {
                        if (chunk == 2) {
                          throw crash;
                        }
                        done.add(chunk);
                      });
                }
                writer.finish();
              })
          .isSameAs(crash);
    }
    assertThat(done).containsExactly(0, 1);
  }

  private static void sleepMillis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
