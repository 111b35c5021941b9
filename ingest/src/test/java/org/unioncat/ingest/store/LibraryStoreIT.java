package org.unioncat.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncat.config.HoldingsMapping;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.error.LibraryAlreadyExistsException;
import org.unioncat.error.UnknownLibraryException;

class LibraryStoreIT {

  static List<String> databases() {
    return TestDatabases.names();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void registeredLibraryIsFoundWithItsHoldingsMapping(String db) {
    LibraryStore store = new LibraryStore(TestDatabases.fresh(db));
    HoldingsMapping vendor949 = new HoldingsMapping("949", null, "a", 'i', 'l');
    store.add(
        new LibrarySettings(
            LibraryCode.of("bnu"),
            "北京师范大学图书馆",
            Locale.SIMPLIFIED_CHINESE,
            List.of(HoldingsMapping.cnmarcDefault(), vendor949),
            Set.of("211030", "bnulib")));

    MemberLibrary found = store.require(LibraryCode.of("BNU"));

    assertThat(found.settings().name()).isEqualTo("北京师范大学图书馆");
    assertThat(found.settings().reportLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(found.settings().holdings())
        .containsExactly(HoldingsMapping.cnmarcDefault(), vendor949);
    assertThat(found.settings().holdingsCodes()).containsExactlyInAnyOrder("211030", "BNU", "BNULIB");
    assertThat(found.settings().isNamedBy("bnulib")).isTrue();
    assertThat(found.settings().isNamedBy("PKU")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void librariesAreListedByCode(String db) {
    LibraryStore store = new LibraryStore(TestDatabases.fresh(db));
    store.add(LibrarySettings.withDefaults("ZJU", "Zhejiang"));
    store.add(LibrarySettings.withDefaults("BNU", "Beijing Normal"));

    assertThat(store.findAll()).extracting(l -> l.code().value()).containsExactly("BNU", "ZJU");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void registeringTheSameCodeTwiceIsRefused(String db) {
    LibraryStore store = new LibraryStore(TestDatabases.fresh(db));
    store.add(LibrarySettings.withDefaults("BNU", "Beijing Normal"));

    assertThatThrownBy(() -> store.add(LibrarySettings.withDefaults("bnu", "again")))
        .isInstanceOf(LibraryAlreadyExistsException.class)
        .hasMessage("Library BNU is already registered.");
    assertThat(store.findAll()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void unknownLibraryIsAClearErrorNotASilentCreation(String db) {
    LibraryStore store = new LibraryStore(TestDatabases.fresh(db));

    assertThatThrownBy(() -> store.require(LibraryCode.of("NOPE")))
        .isInstanceOf(UnknownLibraryException.class)
        .hasMessageContaining("Library NOPE is not a member library");
    assertThat(store.findAll()).isEmpty();
  }
}
