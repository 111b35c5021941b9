package org.unioncat.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.unioncat.config.LibraryCode;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.store.LibraryStore;
import org.unioncat.ingest.store.MemberLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unioncat libraries list|add}: the consortium's member libraries. */
@Command(
    name = "libraries",
    mixinStandardHelpOptions = true,
    description = {"List or register member libraries.", "列出或注册成员馆。"},
    subcommands = {LibrariesCommand.ListLibraries.class, LibrariesCommand.AddLibrary.class})
final class LibrariesCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List member libraries.")
  static final class ListLibraries implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Override
    public Integer call() {
      try (CatalogContext catalog = CatalogContext.open(db)) {
        TextTable table = new TextTable("code", "name", "reports", "holdings in");
        for (MemberLibrary l : catalog.bean(LibraryStore.class).findAll()) {
          table.row(
              l.code(),
              l.settings().name(),
              l.settings().reportLanguage().toLanguageTag(),
              String.join(", ", l.settings().holdings().stream().map(m -> m.tag()).distinct().toList()));
        }
        table.print(new PrintStream(System.out, false, StandardCharsets.UTF_8));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Register a member library with the default holdings mappings (852, 905).")
  static final class AddLibrary implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Parameters(index = "0", paramLabel = "CODE", description = "Library code, e.g. BNU.")
    String code;

    @Parameters(index = "1", paramLabel = "NAME", description = "Library name.")
    String name;

    @Option(names = "--lang", defaultValue = "en", description = "Report language: en or zh.")
    String lang;

    @Option(
        names = "--holdings-code",
        paramLabel = "CODE",
        description = "A code that names this library inside holdings fields (repeatable).")
    List<String> holdingsCodes = List.of();

    @Override
    public Integer call() {
      LibraryCode parsed;
      try {
        parsed = LibraryCode.of(code);
      } catch (IllegalArgumentException e) {
        System.err.println("unioncat libraries add: " + e.getMessage());
        return ExitCodes.USAGE_OR_UNREADABLE;
      }
      Locale language = "zh".equalsIgnoreCase(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      try (CatalogContext catalog = CatalogContext.open(db)) {
        MemberLibrary added =
            catalog
                .bean(LibraryStore.class)
                .add(new LibrarySettings(parsed, name, language, List.of(), Set.copyOf(holdingsCodes)));
        System.out.println("Registered member library " + added.code() + " (" + added.settings().name() + ").");
      }
      return ExitCodes.OK;
    }
  }
}
