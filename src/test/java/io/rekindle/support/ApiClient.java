package io.rekindle.support;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the JSON API of a running test server with an API token, and never throws on 4xx or 5xx. */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public ApiClient(int port, String token) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        this.client = builder.build();
    }

    public Response get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public Response post(String path, Object body) {
        return call(HttpMethod.POST, path, body);
    }

    public Response put(String path, Object body) {
        return call(HttpMethod.PUT, path, body);
    }

    public Response call(HttpMethod method, String path, Object body) {
        var spec = client.method(method).uri(path);
        if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            JsonNode json = bytes.length == 0 ? null : JSON.readTree(bytes);
            return new Response(response.getStatusCode().value(), json, response.getHeaders());
        });
    }

    public record Response(int status, JsonNode body, HttpHeaders headers) {

        public long id() {
            return body.get("id").asLong();
        }

        public String text(String field) {
            return body.get(field).asString();
        }
    }

    public static Map<String, Object> map(Object... keyValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
