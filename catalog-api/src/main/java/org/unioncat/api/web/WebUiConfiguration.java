package org.unioncat.api.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the pages: {@code ?lang=zh} or {@code ?lang=en} switches and is remembered in a
 * cookie; without a cookie the browser's Accept-Language decides (so API clients keep their
 * header-driven messages). The texts are in {@code messages_en.properties} and
 * {@code messages_zh_CN.properties}, UTF-8.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

  @Bean
  LocaleResolver localeResolver() {
    return new UiLocaleResolver();
  }

  /** Named messageSource so Thymeleaf's #{...} and Spring both use it. */
  @Bean
  MessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding(StandardCharsets.UTF_8.name());
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(UiLocaleResolver.ENGLISH);
    return source;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
    lang.setParamName("lang");
    lang.setIgnoreInvalidLocale(true);
    registry.addInterceptor(lang).addPathPatterns("/ui/**");
  }
}
