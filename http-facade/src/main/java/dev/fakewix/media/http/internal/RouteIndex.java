package dev.fakewix.media.http.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Which methods the mounted routes accept for a path, so that a wrong method gets 405 rather than 404. */
final class RouteIndex {
    private record Entry(HttpMethod method, Pattern pattern) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(HttpMethod method, String path) {
        StringBuilder regex = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!regex.isEmpty() || !segment.isEmpty()) {
                regex.append('/');
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                regex.append("[^/]+");
            } else if (!segment.isEmpty()) {
                regex.append(Pattern.quote(segment));
            }
        }
        entries.add(new Entry(method, Pattern.compile(regex + "/?")));
    }

    Set<HttpMethod> allowedMethods(String path) {
        Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
        for (Entry e : entries) {
            if (e.pattern.matcher(path).matches()) {
                methods.add(e.method);
                if (e.method == HttpMethod.GET) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return methods;
    }
}
