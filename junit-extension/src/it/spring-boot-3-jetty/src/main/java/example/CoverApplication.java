package example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import java.util.Map;

/** A user's application: imports a cover image into the Wix Media Manager and answers with the new file's id. */
@SpringBootApplication
@EnableConfigurationProperties(CoverApplication.WixProperties.class)
public class CoverApplication {
    public static void main(String[] args) {
        SpringApplication.run(CoverApplication.class, args);
    }

    /** Where the Media Manager is ({@code wix.*} in application.properties). */
    @ConfigurationProperties("wix")
    public static class WixProperties {
        private String baseUrl = "https://www.wixapis.com";
        private String apiKey = "";
        private String siteId = "";

        public String getBaseUrl() { return baseUrl; }
        public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
        public String getApiKey() { return apiKey; }
        public void setApiKey(String apiKey) { this.apiKey = apiKey; }
        public String getSiteId() { return siteId; }
        public void setSiteId(String siteId) { this.siteId = siteId; }
    }

    /** The application's client of the Media Manager REST API, on Spring's RestClient and Boot's Jackson 2. */
    @Component
    public static class MediaClient {
        private final RestClient rest;
        private final WixProperties wix;

        MediaClient(RestClient.Builder builder, WixProperties wix) {
            this.rest = builder.build();
            this.wix = wix;
        }

        public String importFile(String url, String displayName) {
            ImportResponse response = rest.post().uri(wix.getBaseUrl() + "/site-media/v1/files/import")
                    .header("Authorization", wix.getApiKey())
                    .header("wix-site-id", wix.getSiteId())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("url", url, "displayName", displayName))
                    .retrieve()
                    .body(ImportResponse.class);
            return response.file().id();
        }

        record ImportResponse(FileDescriptor file) { }

        record FileDescriptor(String id, String displayName) { }
    }

    @RestController
    static class CoverController {
        private final MediaClient media;

        CoverController(MediaClient media) {
            this.media = media;
        }

        @PostMapping("/covers")
        Map<String, String> importCover(@RequestParam("url") String url) {
            return Map.of("fileId", media.importFile(url, "cover.jpg"));
        }
    }
}
