package org.unioncat.api.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.unioncat.error.NotFoundException;
import org.unioncat.error.UnionCatException;

/**
 * The base of every page controller: errors on the pages are pages too — the librarian sees the
 * message in the page's language and a way back, never a stack trace or JSON. The handlers live
 * in the controllers (not in an advice) because a controller's own handlers come before every
 * advice, so the API's problem-details advice cannot answer for a page.
 */
public abstract class PageController {
  private static final Logger log = LoggerFactory.getLogger(PageController.class);

  @ExceptionHandler(UnionCatException.class)
  ModelAndView known(UnionCatException e, Locale locale) {
    HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    return page(status, Texts.pick(locale, e.getMessage(), e.messageZh()));
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    log.error("page failed", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
  }

  private static ModelAndView page(HttpStatus status, String message) {
    ModelAndView mv = new ModelAndView("error-page");
    mv.setStatus(status);
    mv.addObject("status", status.value());
    mv.addObject("message", message);
    return mv;
  }
}
