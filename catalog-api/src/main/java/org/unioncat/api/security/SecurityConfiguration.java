package org.unioncat.api.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every path's rule, in one place. Three filter chains:
 *
 * <ul>
 *   <li>{@code /api/**}: stateless, HTTP Basic or {@code Authorization: Bearer <API key>}, no
 *       CSRF (no cookies are used, so there is nothing to forge); 401/403 as problem details.
 *   <li>{@code /ui/**}: the web pages, form login at {@code /ui/login}, a session, CSRF tokens on
 *       every form.
 *   <li>everything else: the API description and error pages are public, the rest needs a login.
 * </ul>
 *
 * <p>Paths no rule names are for administrators only: a new endpoint is closed until someone
 * decides who may use it. Rules with {@code {code}} are checked against the user's libraries by
 * {@link LibraryScope}; where the library is a form field or a stored batch's, the controller
 * asks {@link AccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {
  private static final String CATALOGER = Role.CATALOGER.name();
  private static final String VENDOR = Role.VENDOR.name();
  private static final String CENTER = Role.CENTER.name();
  private static final String ADMIN = Role.ADMIN.name();

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, UserStore users) throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .addFilterBefore(new ApiKeyAuthenticationFilter(users, problems), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(GET, "/api/me")
                    .authenticated()
                    // member libraries and the shared catalog: every member may read them
                    .requestMatchers(GET, "/api/libraries", "/api/libraries/{code}", "/api/libraries/{code}/records")
                    .authenticated()
                    .requestMatchers(POST, "/api/libraries")
                    .hasRole(ADMIN)
                    // a library's correction reports: its cataloger, the center, administrators
                    .requestMatchers("/api/libraries/{code}/reports", "/api/libraries/{code}/reports/**")
                    .access(LibraryScope.reports())
                    .requestMatchers(GET, "/api/records", "/api/records/**")
                    .authenticated()
                    // uploads: the library checked in the controller (AccessPolicy)
                    .requestMatchers(POST, "/api/batches")
                    .hasAnyRole(CATALOGER, VENDOR, ADMIN)
                    .requestMatchers(GET, "/api/batches/**")
                    .authenticated()
                    .requestMatchers(POST, "/api/check")
                    .hasAnyRole(VENDOR, CATALOGER, CENTER, ADMIN)
                    // duplicate detection, review and merging: the center
                    .requestMatchers(
                        "/api/jobs/**", "/api/center/**", "/api/clusters/**", "/api/merges/**", "/api/pairs/**")
                    .hasAnyRole(CENTER, ADMIN)
                    .requestMatchers("/api/users/**", "/api/audit/**")
                    .hasRole(ADMIN)
                    .anyRequest()
                    .hasRole(ADMIN));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.securityMatcher("/ui/**")
        .formLogin(form -> form.loginPage("/ui/login").defaultSuccessUrl("/ui", false).permitAll())
        .logout(out -> out.logoutUrl("/ui/logout").logoutSuccessUrl("/ui/login?logout").permitAll())
        .exceptionHandling(e -> e.accessDeniedHandler(problems))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/ui/assets/**", "/ui/login")
                    .permitAll()
                    .requestMatchers("/ui/center/**")
                    .hasAnyRole(CENTER, ADMIN)
                    .requestMatchers("/ui/libraries/{code}", "/ui/libraries/{code}/**")
                    .access(LibraryScope.reports())
                    .requestMatchers("/ui/check/**")
                    .hasAnyRole(VENDOR, CATALOGER, CENTER, ADMIN)
                    .requestMatchers("/ui", "/ui/", "/ui/search", "/ui/records/**")
                    .authenticated()
                    .anyRequest()
                    .hasRole(ADMIN));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain otherSecurity(HttpSecurity http) throws Exception {
    ProblemResponses problems = new ProblemResponses();
    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/", "/error", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated());
    return http.build();
  }
}
