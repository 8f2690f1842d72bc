package dev.fakewix.media.junit.internal;

import org.apiguardian.api.API;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the duration strings of annotations: ISO-8601 ({@code PT5M}) or a number and a unit ({@code 5m}). */
@API(status = API.Status.INTERNAL)
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private Durations() {
    }

    /**
     * @throws IllegalArgumentException naming the accepted forms when {@code text} is neither form or negative
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. \"250ms\", \"30s\", \"5m\", \"2h\", \"1d\" or ISO-8601 \"PT5M\"");
            }
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a readiness delay must be >= 0");
        }
        return d;
    }
}
