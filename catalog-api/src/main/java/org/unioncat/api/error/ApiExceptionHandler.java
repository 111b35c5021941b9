package org.unioncat.api.error;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.unioncat.batch.jobs.JobAlreadyRunningException;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.LibraryAlreadyExistsException;
import org.unioncat.error.NotFoundException;
import org.unioncat.error.UnionCatException;
import org.unioncat.error.UnknownLibraryException;
import org.unioncat.ingest.index.IndexInUseException;
import org.unioncat.ingest.index.InvalidQueryException;
import org.unioncat.ingest.store.StoreException;

/**
 * The one place where failures become HTTP answers: RFC 9457 problem details with a stable
 * {@code code}, the message in the caller's language ({@code Accept-Language: zh} gives Chinese)
 * and both languages under {@code messages}. Stack traces and SQL never reach the caller; an
 * unexpected failure is logged with a reference the caller can quote.
 */
@RestControllerAdvice
class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(UnionCatException.class)
  ProblemDetail handle(UnionCatException e, Locale locale) {
    return problem(statusOf(e), e.code(), e.getMessage(), e.messageZh(), locale);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e, Locale locale) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "INVALID_REQUEST",
        "The request body is not valid JSON for this operation.",
        "请求正文不是本操作所需的有效 JSON。",
        locale);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
    return problem(
        HttpStatus.CONTENT_TOO_LARGE,
        "UPLOAD_TOO_LARGE",
        "The file is larger than this catalog accepts in one upload; split it into smaller batches.",
        "文件超过本目录单次上传的大小上限；请拆分为较小的批次。",
        locale);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail notFound(NoResourceFoundException e, Locale locale) {
    return problem(
        HttpStatus.NOT_FOUND, "NOT_FOUND", "There is nothing at this address.", "此地址没有内容。", locale);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, Locale locale) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error("Unexpected failure, reference {}", reference, e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        "Something went wrong on the server (reference " + reference + "); nothing was changed."
            + " Tell the catalog administrator the reference.",
        "服务器出错（编号 " + reference + "）；未作任何修改。请将编号告知系统管理员。",
        locale);
  }

  private static HttpStatus statusOf(UnionCatException e) {
    if (e instanceof UnknownLibraryException || e instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof LibraryAlreadyExistsException || e instanceof JobAlreadyRunningException) {
      return HttpStatus.CONFLICT;
    }
    if (e instanceof StoreException || e instanceof IndexInUseException) {
      return HttpStatus.SERVICE_UNAVAILABLE;
    }
    if (e instanceof InvalidRequestException || e instanceof InvalidQueryException) {
      return HttpStatus.BAD_REQUEST;
    }
    return HttpStatus.UNPROCESSABLE_CONTENT;
  }

  private static ProblemDetail problem(
      HttpStatus status, String code, String en, String zh, Locale locale) {
    boolean chinese = locale != null && "zh".equals(locale.getLanguage());
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, chinese ? zh : en);
    p.setType(URI.create("urn:unioncat:problem:" + code.toLowerCase(Locale.ROOT)));
    p.setTitle(status.getReasonPhrase());
    p.setProperty("code", code);
    p.setProperty("messages", Map.of("en", en, "zh", zh));
    return p;
  }
}
