package org.unioncat.api.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.upload.UploadService;
import org.unioncat.config.LibraryCode;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.UploadBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code unioncat serve}: starts the service. With no options it runs on the embedded default
 * (H2 and the index under {@code UNIONCAT_HOME}, ./data by default) and needs no setup;
 * {@code --db mysql} (or {@code UNIONCAT_DB_URL}) uses MySQL.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the UnionCat service (web API, Swagger UI) and print its address.",
      "启动 UnionCat 服务（Web API、Swagger UI）并显示其地址。"
    })
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port.")
  int port;

  @Mixin DatabaseOption db;

  /**
   * On an empty catalog, offers to load the bundled sample (110 MARC21 and CNMARC records) for
   * the demo library, through the same upload path as the API, so a newcomer sees real records.
   */
  private static void offerSample(ConfigurableApplicationContext context) {
    if (context.getBean(CatalogQueries.class).countActive() > 0
        || context.getBean(LibraryStore.class).find(LibraryCode.of("DEMO")).isEmpty()) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      System.out.println("  The catalog is empty. Upload records with POST /api/batches, or stop the"
          + " service and run: ./unioncat ingest --library DEMO --sample");
      return;
    }
    String answer =
        console.readLine("  The catalog is empty. Load the bundled sample (110 records) for library"
            + " DEMO? / 目录为空，是否载入示例数据？ [y/N] ");
    if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
      return;
    }
    UploadService uploads = context.getBean(UploadService.class);
    for (String name : IngestCommand.SAMPLE) {
      try (InputStream in = ServeCommand.class.getResourceAsStream("/sample/" + name)) {
        UploadBatch batch =
            uploads.accept(LibraryCode.of("DEMO"), "sample", name, in, ReadOptions.detect());
        System.out.println("  Loading " + name + " as upload " + batch.id()
            + ": follow it at /api/batches/" + batch.id());
      } catch (IOException e) {
        System.out.println("  The sample " + name + " could not be loaded: " + e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.addAll(db.springArgs());
    ConfigurableApplicationContext context = UnionCatApplication.start(args.toArray(String[]::new));
    String actualPort = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
    System.out.println("UnionCat is running at http://localhost:" + actualPort + "/");
    System.out.println("  API documentation: http://localhost:" + actualPort + "/swagger-ui.html");
    System.out.println("  Stop with Ctrl+C.");
    offerSample(context);
    // Keep the command alive while the web server runs.
    Thread.currentThread().join();
    return 0;
  }
}
