package org.unioncat.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unioncat.config.LibrarySettings;
import org.unioncat.ingest.normalize.NormalizedRecordJson;
import org.unioncat.ingest.read.MarcReader;
import org.unioncat.ingest.read.MarcReaders;
import org.unioncat.ingest.read.ReadOptions;
import org.unioncat.ingest.read.ReadRecord;
import org.unioncat.ingest.read.UnreadableInputException;
import org.unioncat.ingest.validate.RecordValidator;
import org.unioncat.ingest.validate.ValidatedRecord;
import org.unioncat.ingest.validate.ValidationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code unioncat normalize}: prints each record's normalized view — exactly the keys the matcher
 * compares, each with the tag/subfield it came from — one JSON object per line, or as labelled
 * text.
 */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Show what the matcher will compare: the normalized view of each record.",
      "显示查重时比较的内容：每条记录的规范化视图。"
    })
final class NormalizeCommand implements Callable<Integer> {

  @Mixin ReadOptionsMixin readOptions;

  @Option(
      names = "--library",
      paramLabel = "CODE",
      description = "Member library the files are for (reads its holdings with its mapping).")
  String library;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (one object per line, the default) or text (one labelled line per value).")
  String output;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "MARC files.")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    boolean text = "text".equalsIgnoreCase(output);
    if (!text && !"json".equalsIgnoreCase(output)) {
      System.err.println("unioncat normalize: unknown --output '" + output + "'; use json or text");
      return ExitCodes.USAGE_OR_UNREADABLE;
    }
    ReadOptions options = readOptions.toReadOptions();
    RecordValidator validator =
        new RecordValidator(
            library == null
                ? ValidationContext.noLibrary()
                : ValidationContext.forLibrary(LibrarySettings.withDefaults(library, library)));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int exit = ExitCodes.OK;
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        System.err.println("unioncat normalize: " + file + ": there is no such file");
        exit = ExitCodes.USAGE_OR_UNREADABLE;
        continue;
      }
      try (MarcReader reader = MarcReaders.open(file, options)) {
        ReadRecord read;
        while ((read = reader.next()) != null) {
          ValidatedRecord v = validator.validate(read);
          ObjectNode node = NormalizedRecordJson.mapper().createObjectNode();
          node.put("file", file.toString());
          node.put("record_no", read.ordinal());
          node.put("library", library == null ? null : library.toUpperCase(Locale.ROOT));
          node.put("local_id", read.localId().orElse(null));
          if (v.normalized().isPresent()) {
            node.setAll((ObjectNode) NormalizedRecordJson.toTree(v.normalized().get()));
          } else {
            node.put("unreadable", true);
          }
          if (text) {
            TextTree.print(out, node);
          } else {
            out.println(NormalizedRecordJson.mapper().writeValueAsString(node));
          }
        }
      } catch (UnreadableInputException e) {
        System.err.println("unioncat normalize: " + file + ": " + e.getMessage());
        exit = ExitCodes.USAGE_OR_UNREADABLE;
      }
    }
    out.flush();
    return exit;
  }

  /** Prints a JSON tree as "path = value" lines, skipping nulls and empty lists. */
  static final class TextTree {
    private TextTree() {}

    static void print(PrintStream out, JsonNode node) {
      walk(out, "", node);
      out.println();
    }

    private static void walk(PrintStream out, String path, JsonNode node) {
      if (node.isObject()) {
        for (var e : node.properties()) {
          walk(out, path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue());
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(out, path + "[" + i + "]", node.get(i));
        }
      } else if (!node.isNull()) {
        out.println(path + " = " + node.asString());
      }
    }
  }
}
