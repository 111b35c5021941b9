package org.unioncat.api.web.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unioncat.error.InvalidRequestException;

class SplitFormTest {

  @Test
  void recordsAreGroupedByTheirLetterInClusterOrder() {
    assertThat(SplitForm.groups(3, List.of(3L, 8L, 12L, 40L),
            Map.of("group-3", "A", "group-8", "B", "group-12", "A", "group-40", "C", "_csrf", "x")))
        .containsExactly(List.of(3L, 12L), List.of(8L), List.of(40L));
  }

  @Test
  void aRecordTheFormDoesNotNameStaysInGroupA() {
    assertThat(SplitForm.groups(3, List.of(3L, 8L), Map.of("group-8", "B")))
        .containsExactly(List.of(3L), List.of(8L));
  }

  @Test
  void oneGroupIsNotASplit() {
    assertThatThrownBy(() -> SplitForm.groups(3, List.of(3L, 8L), Map.of("group-3", "B", "group-8", "B")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("To split cluster 3, put at least one record in another group.");
  }
}
