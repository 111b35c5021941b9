package org.unioncat.api.web;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every page's header needs: who is signed in, and the same address in the other language
 * (query kept, so a search survives the switch).
 */
@ControllerAdvice(basePackages = "org.unioncat.api.web")
class UiModelAdvice {

  /** The signed-in user's name for the header, or null (then no "sign out"). */
  @ModelAttribute("userName")
  String userName(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  @ModelAttribute("langZhUrl")
  String langZhUrl() {
    return sameAddressWithLang("zh");
  }

  @ModelAttribute("langEnUrl")
  String langEnUrl() {
    return sameAddressWithLang("en");
  }

  private static String sameAddressWithLang(String lang) {
    var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", lang).build();
    return uri.getPath() + "?" + uri.getQuery();
  }
}
