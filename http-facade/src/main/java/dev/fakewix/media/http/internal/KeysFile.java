package dev.fakewix.media.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * The API keys file of strict mode:
 *
 * <pre>{@code
 * {"keys": [
 *   {"key": "reader-key", "sites": ["3ecba886-4267-11ee-be56-0242ac120002"], "permission": "read"},
 *   {"key": "admin-key",  "sites": ["*"],                                     "permission": "manage"}
 * ]}
 * }</pre>
 *
 * {@code "*"} stands for every site; {@code permission} is {@code read} or {@code manage}. A bare array of keys is
 * accepted too.
 */
@API(status = API.Status.INTERNAL)
public final class KeysFile {
    private KeysFile() {}

    public static List<ApiKey> parse(byte[] json) {
        JsonNode tree = Json.mapper().readTree(json);
        Params root = tree != null && tree.isArray()
                ? Params.ofBody(("{\"keys\":" + tree + "}").getBytes(StandardCharsets.UTF_8))
                : Params.ofBody(json);
        List<Params> items = root.required("keys", root.objects("keys"));
        List<ApiKey> keys = new ArrayList<>();
        if (items != null) {
            for (Params item : items) {
                String key = item.requiredString("key");
                List<String> sites = item.required("sites", item.strings("sites"));
                String permission = item.requiredString("permission");
                if (permission != null && !permission.equals("read") && !permission.equals("manage")) {
                    item.violation(
                            "permission", "INVALID_ENUM_VALUE", "must be read or manage; got \"" + permission + "\"");
                }
                if (sites != null && sites.isEmpty()) {
                    item.violation("sites", "MIN_SIZE", "must name at least one site id, or \"*\" for every site");
                }
                root.check();
                keys.add(new ApiKey(key, new HashSet<>(sites), permission.equals("manage")));
            }
        }
        root.check();
        return keys;
    }
}
