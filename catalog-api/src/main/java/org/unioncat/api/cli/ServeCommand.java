package org.unioncat.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import org.unioncat.api.UnionCatApplication;
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
    // Keep the command alive while the web server runs.
    Thread.currentThread().join();
    return 0;
  }
}
