package org.unioncat.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API in its OpenAPI description (served at /v3/api-docs, shown at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI unionCatOpenApi() {
    // Both ways of signing in (docs/security.md), so that Swagger UI's "Authorize" offers them.
    return new OpenAPI()
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes(
                    "apiKey",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API key from POST /api/users/{name}/keys or ./unioncat users key")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("apiKey"))
        .info(
            new Info()
                .title("UnionCat API")
                .version("0.1")
                .description(
                    "Union cataloguing and MARC deduplication: upload batches, follow their"
                        + " validation, search the union catalog, retrieve records in MARC"
                        + " formats. Errors are RFC 9457 problem details with a stable code;"
                        + " send Accept-Language: zh for Chinese messages. / 联合编目与 MARC 查重。"));
  }
}
