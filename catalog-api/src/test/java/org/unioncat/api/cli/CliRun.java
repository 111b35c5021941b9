package org.unioncat.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs the command-line tool in-process and captures what it prints. The MARC fixtures are the
 * ingest module's ({@code ingest/src/test/resources/marc}), reached by relative path because
 * Maven runs each module's tests in the module's folder.
 */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static Path fixture(String name) {
    Path p = Path.of("..", "ingest", "src", "test", "resources", "marc", name);
    if (!p.toFile().isFile()) {
      throw new IllegalArgumentException("no such fixture: " + p.toAbsolutePath());
    }
    return p;
  }

  static synchronized CliRun run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      picocli.CommandLine cli = UnionCatMain.newCommandLine();
      cli.setOut(new java.io.PrintWriter(System.out, true));
      cli.setErr(new java.io.PrintWriter(System.err, true));
      int code = cli.execute(args);
      System.out.flush();
      System.err.flush();
      return new CliRun(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
