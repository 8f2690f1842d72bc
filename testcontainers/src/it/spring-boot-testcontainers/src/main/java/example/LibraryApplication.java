package example;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

/** A user's application: creates folders in the Wix Media Manager, at the base URL and site it is configured with. */
@SpringBootApplication
public class LibraryApplication {
    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }

    /** The application's client of the Media Manager REST API (Spring's RestClient, Boot's Jackson 2). */
    @Component
    public static class MediaClient {
        private final RestClient rest;

        MediaClient(RestClient.Builder builder, @Value("${wix.api-base-url:https://www.wixapis.com}") String baseUrl,
                    @Value("${wix.api-key:}") String apiKey, @Value("${wix.site-id:}") String siteId) {
            this.rest = builder.baseUrl(baseUrl).defaultHeader("Authorization", apiKey)
                    .defaultHeader("wix-site-id", siteId).build();
        }

        @SuppressWarnings("unchecked")
        public String createFolder(String name) {
            Map<String, Object> answer = rest.post().uri("/site-media/v1/folders")
                    .body(Map.of("displayName", name)).retrieve().body(Map.class);
            return (String) ((Map<String, Object>) answer.get("folder")).get("id");
        }
    }
}
