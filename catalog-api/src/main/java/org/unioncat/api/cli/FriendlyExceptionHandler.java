package org.unioncat.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected failure into one line a librarian can read (and exit code 2) instead of a
 * Java stack trace; {@code UNIONCAT_DEBUG=1} shows the trace for developers.
 */
final class FriendlyExceptionHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cli.getErr().println("unioncat: " + message);
    if (System.getenv("UNIONCAT_DEBUG") != null) {
      ex.printStackTrace(cli.getErr());
    }
    return ExitCodes.USAGE_OR_UNREADABLE;
  }
}
