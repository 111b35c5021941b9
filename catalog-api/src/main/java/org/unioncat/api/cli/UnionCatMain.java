package org.unioncat.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code unioncat} command-line tool: the operator's and cataloger's entry point. Each
 * subcommand is its own class; commands that work on files alone (validate, normalize) start no
 * Spring context, so they answer in a fraction of a second.
 */
@Command(
    name = "unioncat",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "UnionCat: union cataloguing and MARC deduplication for library consortia.",
      "UnionCat 联合编目与 MARC 查重工具。"
    },
    subcommands = {
      ValidateCommand.class,
      NormalizeCommand.class,
      IngestCommand.class,
      LibrariesCommand.class,
      UsersCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      RenormalizeCommand.class,
      DedupCommand.class,
      JobsCommand.class,
      ClustersCommand.class,
      ExplainCommand.class,
      FindingsCommand.class,
      ReportCommand.class,
      GenerateCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class UnionCatMain implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    useAbsoluteHome();
    System.exit(execute(args));
  }

  /**
   * Resolves the data folder (UNIONCAT_HOME, default ./data) to an absolute path once, so that a
   * relative folder works everywhere it is used (H2 refuses implicitly relative file paths).
   */
  static void useAbsoluteHome() {
    if (System.getProperty("unioncat.home") == null) {
      String home = System.getenv("UNIONCAT_HOME");
      System.setProperty(
          "unioncat.home",
          java.nio.file.Path.of(home == null || home.isBlank() ? "data" : home)
              .toAbsolutePath()
              .normalize()
              .toString());
    }
  }

  /** Runs the tool and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new UnionCatMain());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new FriendlyExceptionHandler());
    return cli;
  }

  @Override
  public void run() {
    // No subcommand: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
