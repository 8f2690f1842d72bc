package dev.fakewix.media.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Reads Wix error bodies: {@code {"message", "details": {"applicationError" | "validationError"}}}. */
final class ErrorBodies {
    private ErrorBodies() {}

    static List<Violation> violations(JsonNode body) {
        List<Violation> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (JsonNode v : body.path("details").path("validationError").path("fieldViolations")) {
            out.add(new Violation(
                    text(v, "field"),
                    text(v, "description"),
                    text(v, "violatedRule"),
                    v.hasNonNull("ruleName") ? v.get("ruleName").asString() : null));
        }
        return out;
    }

    /** The Wix code of an error answer; see {@code MediaManagerApiException}. */
    static String code(int status, JsonNode body, List<Violation> violations) {
        if (body != null) {
            JsonNode app = body.path("details").path("applicationError").path("code");
            if (app.isString() && !app.asString().isEmpty()) {
                return app.asString();
            }
            if (app.isNumber()) {
                return app.asString();
            }
        }
        for (Violation v : violations) {
            if (v.ruleName() != null && !v.ruleName().isEmpty()) {
                return v.ruleName();
            }
        }
        if (body != null && body.path("details").has("validationError")) {
            return "INVALID_ARGUMENT";
        }
        return reason(status).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    static String message(JsonNode body) {
        return body == null ? "" : text(body, "message");
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? "" : v.asString();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }
}
