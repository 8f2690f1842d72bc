package dev.fakewix.media.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the claims of the fake's JWTs as text, enough to check single claims without a JSON library. */
final class Jwt {
    private Jwt() {}

    static String payload(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a JWT: " + token);
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    /** A numeric claim. */
    static long number(String token, String claim) {
        String json = payload(token);
        int at = json.indexOf("\"" + claim + "\":");
        if (at < 0) {
            throw new AssertionError("no claim " + claim + " in " + json);
        }
        int start = at + claim.length() + 3;
        int end = start;
        while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) {
            end++;
        }
        return Long.parseLong(json.substring(start, end));
    }

    /** A string claim. */
    static String string(String token, String claim) {
        String json = payload(token);
        int at = json.indexOf("\"" + claim + "\":\"");
        if (at < 0) {
            throw new AssertionError("no string claim " + claim + " in " + json);
        }
        int start = at + claim.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    /** The token at the end of an upload URL. */
    static String ofUploadUrl(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The token in a download URL's query. */
    static String ofDownloadUrl(String url) {
        return url.substring(url.indexOf("token=") + 6);
    }

    /** The token of an archive URL ({@code ...?token=<jwt>}). */
    static String ofArchiveUrl(String url) {
        return url.substring(url.indexOf("token=") + 6);
    }
}
