package org.unioncat.api.config;

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
      libraries.add(LibrarySettings.withDefaults("DEMO", "Demo library / 演示馆"));
      log.info("Registered the demo member library DEMO.");
    }
  }
}
