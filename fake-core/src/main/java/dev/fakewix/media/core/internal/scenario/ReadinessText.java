package dev.fakewix.media.core.internal.scenario;

import org.apiguardian.api.API;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.model.ApplicationError;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of readiness policies written as words: the policy names (shared by the text form of
 * {@link ReadinessPolicy#parse}, the JSON scenario document, the standalone server's {@code --readiness} and the
 * JUnit extension's annotation) and the delay syntax ({@code PT5M} or {@code 250ms}, {@code 30s}, {@code 5m},
 * {@code 2h}, {@code 1d}). Stateless.
 */
@API(status = API.Status.INTERNAL)
public final class ReadinessText {
    /** The policy names, in the order error messages list them. */
    public static final String NAMES = "immediate, manual, after, afterWallTime, afterReads, failing, failingAfter";
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private ReadinessText() {
    }

    /**
     * The policy called {@code name}, its arguments read only when the policy has them.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static ReadinessPolicy named(String name, Supplier<Duration> delay, IntSupplier reads,
                                        Supplier<ApplicationError> error) {
        return switch (name) {
            case "immediate" -> ReadinessPolicy.immediate();
            case "manual" -> ReadinessPolicy.manual();
            case "after" -> ReadinessPolicy.after(delay.get());
            case "afterWallTime" -> ReadinessPolicy.afterWallTime(delay.get());
            case "afterReads" -> ReadinessPolicy.afterReads(reads.getAsInt());
            case "failing" -> ReadinessPolicy.of(new Readiness.Fail(Duration.ZERO, Readiness.TimeBase.FAKE_CLOCK, error.get()));
            case "failingAfter" -> ReadinessPolicy.of(new Readiness.Fail(delay.get(), Readiness.TimeBase.FAKE_CLOCK, error.get()));
            default -> throw new IllegalArgumentException("unknown policy '" + name + "'; valid policies: " + NAMES);
        };
    }

    /**
     * The text form: a policy name and its argument separated by a space ({@code "after 5m"}, {@code "afterReads 3"},
     * {@code "failing UNSUPPORTED_FILE_FORMAT"}), or a bare delay ({@code "PT5M"}, meaning {@code after}).
     * Names are case-insensitive.
     */
    public static ReadinessPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a readiness policy must not be empty; write e.g. \"immediate\", \"manual\", "
                    + "\"after 5m\" or \"PT5M\"");
        }
        String t = text.trim();
        int space = t.indexOf(' ');
        String word = space < 0 ? t : t.substring(0, space);
        String argument = space < 0 ? "" : t.substring(space + 1).trim();
        String name = canonical(word);
        if (name == null) {
            if (space < 0 && looksLikeDelay(t)) {
                return ReadinessPolicy.after(delay(t));
            }
            throw new IllegalArgumentException("'" + text + "' is not a readiness policy; valid policies: " + NAMES
                    + " (with a delay such as \"after 5m\"), or a bare ISO-8601 delay such as \"PT5M\"");
        }
        return named(name, () -> delay(required(argument, name, "a delay, e.g. 5m")),
                () -> reads(required(argument, name, "a number of reads, e.g. 3")),
                () -> ApplicationError.of(argument.isEmpty() ? Lifecycle.DEFAULT_FAILURE_CODE : argument, null));
    }

    /**
     * A readiness delay: ISO-8601 ({@code PT5M}) or a number and a unit ({@code 250ms}, {@code 30s}, {@code 5m},
     * {@code 2h}, {@code 1d}); never negative.
     */
    public static Duration delay(String text) {
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

    private static boolean looksLikeDelay(String t) {
        return SHORT.matcher(t.toLowerCase(Locale.ROOT)).matches() || t.toUpperCase(Locale.ROOT).startsWith("PT")
                || t.startsWith("-");
    }

    /** Whether {@code name} is one of {@link #NAMES} (exactly, as the JSON form writes it). */
    public static boolean isName(String name) {
        return java.util.Arrays.asList(NAMES.split(", ")).contains(name);
    }

    private static String canonical(String word) {
        for (String name : NAMES.split(", ")) {
            if (name.equalsIgnoreCase(word)) {
                return name;
            }
        }
        return null;
    }

    private static String required(String argument, String name, String what) {
        if (argument.isEmpty()) {
            throw new IllegalArgumentException("readiness '" + name + "' needs " + what + " after a space");
        }
        return argument;
    }

    private static int reads(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of reads; write e.g. \"afterReads 3\"");
        }
    }
}
