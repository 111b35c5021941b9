package org.unioncat.api.error;

import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last resort: any failure no other handler answers becomes a 500 with a short reference and
 * nothing else — no exception name, message, stack trace or SQL; the log has the details under the
 * same reference.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, Locale locale) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected failure, reference {}", reference, e);
    return ApiExceptionHandler.problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        "Something went wrong on the server (reference " + reference + "); nothing was changed."
            + " Tell the catalog administrator the reference.",
        "服务器出错（编号 " + reference + "）；未作任何修改。请将编号告知系统管理员。",
        locale);
  }
}
