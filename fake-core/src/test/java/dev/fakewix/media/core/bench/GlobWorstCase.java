package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.RequestMatch;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Times the worst case of scenario globs: {@code "*****zz"} (5 and 6 stars) against a 200-character name that does
 * not match, with the matcher the fake uses and, for comparison, the regular expression it replaced (which
 * backtracks exponentially; {@code --old} runs it, bounded by {@code timeout}).
 *
 * <pre>{@code
 * mvn -B -o -pl fake-core test-compile
 * java -cp fake-core/target/test-classes:fake-core/target/classes dev.fakewix.media.core.bench.GlobWorstCase --old
 * # prints: 5 stars: 21 us per match (was 19038 ms with the regex) ...
 * }</pre>
 */
public final class GlobWorstCase {
    private GlobWorstCase() {}

    public static void main(String[] args) {
        boolean old = List.of(args).contains("--old");
        String name = "a".repeat(200);
        RequestMatch.Request request = new RequestMatch.Request(Operation.IMPORT_FILE, null, null, List.of(), name);
        for (int stars = 5; stars <= 6; stars++) {
            String glob = "*".repeat(stars) + "zz";
            Predicate<RequestMatch.Request> match = RequestMatch.fileNamed(glob).predicate();
            int rounds = 10_000;
            boolean any = false;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                any |= match.test(request);
            }
            long nanos = (System.nanoTime() - start) / rounds;
            String was = "";
            if (old && stars == 5) {
                long t = System.nanoTime();
                regex(glob).matcher(name).matches();
                was = " (was " + (System.nanoTime() - t) / 1_000_000 + " ms with the regex)";
            }
            System.out.println(stars + " stars: " + nanos / 1000.0 + " us per match" + was + (any ? " MATCHED?!" : ""));
        }
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }
}
