package org.unioncat.api.error;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.unioncat.api.security.AccessRefusedException;
import org.unioncat.api.security.UserAlreadyExistsException;
import org.unioncat.batch.jobs.JobAlreadyRunningException;
import org.unioncat.dedup.merge.ReviewConflictException;
import org.unioncat.error.InvalidRequestException;
import org.unioncat.error.LibraryAlreadyExistsException;
import org.unioncat.error.NotFoundException;
import org.unioncat.error.UnionCatException;
import org.unioncat.error.UnknownLibraryException;
import org.unioncat.ingest.index.IndexInUseException;
import org.unioncat.ingest.index.InvalidQueryException;
import org.unioncat.ingest.read.ExpansionLimitException;
import org.unioncat.ingest.store.StoreException;

/**
 * The one place where failures become HTTP answers: RFC 9457 problem details with a stable
 * {@code code}, the message in the caller's language ({@code Accept-Language: zh} gives Chinese)
 * and both languages under {@code messages}. Stack traces and SQL never reach the caller; an
 * unexpected failure is logged with a reference the caller can quote ({@link
 * UnexpectedExceptionHandler}).
 *
 * <p>First in line, so that its answers (e.g. the 413 for an upload over the limit) win over
 * Spring Boot's generic problem details; the catch-all is a separate advice, last in line, so that
 * Spring's own 400/405/415 answers still come before it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {
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

  /** A compressed upload that expands like a decompression bomb (checked as it is read). */
  @ExceptionHandler(ExpansionLimitException.class)
  ProblemDetail bomb(ExpansionLimitException e, Locale locale) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, e.code(), e.getMessage(), e.messageZh(), locale);
  }

  /** Spring Security refusals that reach a controller (the filters answer most before that). */
  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e, Locale locale) {
    return problem(
        HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role does not allow this request; nothing was changed.",
        "您的角色无权执行此请求；未作任何修改。", locale);
  }

  @ExceptionHandler(AuthenticationException.class)
  ProblemDetail unauthenticated(AuthenticationException e, Locale locale) {
    return problem(
        HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "Sign in first: this needs a user or an API key.",
        "请先登录：此操作需要用户或 API 密钥。", locale);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail notFound(NoResourceFoundException e, Locale locale) {
    return problem(
        HttpStatus.NOT_FOUND, "NOT_FOUND", "There is nothing at this address.", "此地址没有内容。", locale);
  }

  private static HttpStatus statusOf(UnionCatException e) {
    if (e instanceof UnknownLibraryException || e instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof AccessRefusedException) {
      return HttpStatus.FORBIDDEN;
    }
    if (e instanceof LibraryAlreadyExistsException || e instanceof UserAlreadyExistsException
        || e instanceof ReviewConflictException
        || e instanceof JobAlreadyRunningException) {
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

  static ProblemDetail problem(
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
