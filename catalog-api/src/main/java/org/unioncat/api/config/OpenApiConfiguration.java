package org.unioncat.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API in its OpenAPI description (served at /v3/api-docs, shown at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI unionCatOpenApi() {
    return new OpenAPI()
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
