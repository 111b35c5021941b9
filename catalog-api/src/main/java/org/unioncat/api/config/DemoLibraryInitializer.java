package org.unioncat.api.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.store.LibraryStore;

/**
 * On the embedded default, registers the demo member library {@code DEMO} so a newcomer can
 * upload at once. Off under the {@code mysql} profile: production libraries are registered by
 * the administrator.
 */
@Component
@ConditionalOnProperty(name = "unioncat.demo-library", havingValue = "true")
class DemoLibraryInitializer implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoLibraryInitializer.class);
  private final LibraryStore libraries;

  DemoLibraryInitializer(LibraryStore libraries) {
    this.libraries = libraries;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (libraries.find(LibraryCode.of("DEMO")).isEmpty()) {
      // The bundled sample's CNMARC records name their library "BNU" in 905 $a: the demo library
      // answers to that code too, so the sample's holdings become the demo library's.
      libraries.add(
          new LibrarySettings(
              LibraryCode.of("DEMO"), "Demo library / 演示馆", Locale.ENGLISH, List.of(), Set.of("BNU")));
      log.info("Registered the demo member library DEMO.");
    }
  }
}
