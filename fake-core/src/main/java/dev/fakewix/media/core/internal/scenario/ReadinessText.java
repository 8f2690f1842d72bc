package dev.fakewix.media.core.internal.scenario;

import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.model.ApplicationError;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one reading of readiness written as words: the words of {@link Readiness}'s factories (shared by the text form
 * of {@link ReadinessPolicy#parse}, the JSON scenario document, the standalone server's {@code --readiness} and the
 * JUnit extension's annotation) and the delay syntax ({@code PT5M} or {@code 250ms}, {@code 30s}, {@code 5m},
 * {@code 2h}, {@code 1d}). Stateless.
 *
 * <pre>{@code
 * Readiness r = ReadinessText.parse("failedAfter 5m UNSUPPORTED_FILE_FORMAT");
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ReadinessText {
    /** The words, in the order error messages list them: the names of {@link Readiness}'s factories. */
    public static final String NAMES = "ready, readyAfter, readyAfterWallTime, failed, failedAfter, afterReads, manual";

    private static final List<String> WORDS = Arrays.asList(NAMES.split(", "));
    /** The words of snapshot builds before 0.1.0, each with the word that replaced it, for a precise message. */
    private static final Map<String, String> RENAMED = Map.of(
            "immediate",
            "ready",
            "after",
            "readyAfter",
            "afterwalltime",
            "readyAfterWallTime",
            "failing",
            "failed",
            "failingafter",
            "failedAfter");

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private ReadinessText() {}

    /**
     * The readiness called {@code name} (exactly one of {@link #NAMES}), its arguments read only when it has them;
     * {@code afterReads} turns READY after its reads.
     *
     * @throws IllegalArgumentException for an unknown name, listing the valid ones
     */
    public static Readiness named(
            String name, Supplier<Duration> delay, IntSupplier reads, Supplier<ApplicationError> error) {
        return switch (name) {
            case "ready" -> Readiness.ready();
            case "readyAfter" -> Readiness.readyAfter(delay.get());
            case "readyAfterWallTime" -> Readiness.readyAfterWallTime(delay.get());
            case "failed" -> new Readiness.Fail(Duration.ZERO, Readiness.TimeBase.FAKE_CLOCK, error.get());
            case "failedAfter" -> new Readiness.Fail(delay.get(), Readiness.TimeBase.FAKE_CLOCK, error.get());
            case "afterReads" -> Readiness.afterReads(reads.getAsInt(), Readiness.ready());
            case "manual" -> Readiness.manual();
            default -> throw unknown("'" + name + "'", name);
        };
    }

    /**
     * The text form: a word and its arguments separated by spaces ({@code "readyAfter 5m"},
     * {@code "failed UNSUPPORTED_FILE_FORMAT"}, {@code "afterReads 3 failed"}). Words are case-insensitive.
     */
    public static Readiness parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "a readiness must not be empty; write e.g. \"ready\", \"manual\" or " + "\"readyAfter 5m\"");
        }
        List<String> words = Arrays.asList(text.trim().split("\\s+"));
        String name = canonical(words.get(0));
        if (name == null) {
            throw unknown("'" + text.trim() + "'", words.get(0));
        }
        List<String> args = words.subList(1, words.size());
        return switch (name) {
            case "ready", "manual" -> {
                none(args, name);
                yield named(name, null, null, null);
            }
            case "readyAfter", "readyAfterWallTime" -> {
                required(args, name, "a delay, e.g. " + name + " 5m");
                Duration d = delay(String.join(" ", args));
                yield named(name, () -> d, null, null);
            }
            case "failed" -> named(name, null, null, () -> error(args));
            case "failedAfter" -> {
                Duration d = delay(required(args, name, "a delay, e.g. failedAfter 5m UNSUPPORTED_FILE_FORMAT"));
                yield named(name, () -> d, null, () -> error(args.subList(1, args.size())));
            }
            default -> { // afterReads
                int reads = reads(required(args, name, "a number of reads, e.g. afterReads 3"));
                if (args.size() == 1) {
                    yield named(name, null, () -> reads, null);
                }
                Readiness outcome = parse(String.join(" ", args.subList(1, args.size())));
                if (!(outcome instanceof Readiness.Ready) && !(outcome instanceof Readiness.Fail)) {
                    throw new IllegalArgumentException("after its reads a file turns ready or failed, not '"
                            + String.join(" ", args.subList(1, args.size())) + "'; write e.g. \"afterReads 3 failed\"");
                }
                yield Readiness.afterReads(reads, outcome);
            }
        };
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
                throw new IllegalArgumentException(
                        "'" + text
                                + "' is not a duration; write e.g. \"250ms\", \"30s\", \"5m\", \"2h\", \"1d\" or ISO-8601 \"PT5M\"");
            }
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a readiness delay must be >= 0");
        }
        return d;
    }

    /** Whether {@code name} is one of {@link #NAMES} (exactly, as the JSON form writes it). */
    public static boolean isName(String name) {
        return WORDS.contains(name);
    }

    /** The refusal of an unknown word, naming the word that replaced it when it is an old one. */
    public static IllegalArgumentException unknown(String what, String word) {
        String renamed = RENAMED.get(word.toLowerCase(Locale.ROOT));
        return new IllegalArgumentException(what + " is not a readiness; "
                + (renamed == null ? "" : "'" + word + "' is now '" + renamed + "'; ") + "valid: " + NAMES
                + " (e.g. \"readyAfter 5m\"; a delay is 250ms, 30s, 5m, 2h, 1d or ISO-8601 such as PT5M)");
    }

    private static String canonical(String word) {
        for (String name : WORDS) {
            if (name.equalsIgnoreCase(word)) {
                return name;
            }
        }
        return null;
    }

    /** {@code [CODE [description...]]}: the default code when none is given. */
    private static ApplicationError error(List<String> args) {
        String code = args.isEmpty() ? Lifecycle.DEFAULT_FAILURE_CODE : args.get(0);
        String description = args.size() < 2 ? null : String.join(" ", args.subList(1, args.size()));
        return ApplicationError.of(code, description);
    }

    private static String required(List<String> args, String name, String what) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("readiness '" + name + "' needs " + what);
        }
        return args.get(0);
    }

    private static void none(List<String> args, String name) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException(
                    "readiness '" + name + "' takes nothing after it, but got '" + String.join(" ", args) + "'");
        }
    }

    private static int reads(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of reads; write e.g. \"afterReads 3\"");
        }
    }
}
