package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Json#instant} writes what the pattern {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC writes, by hand. */
class JsonInstantTest {
    private static final DateTimeFormatter PATTERN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void everyInstantOfTheClocksYearsIsWrittenAsThePatternWritesIt() {
        Random random = new Random(23);
        Instant earliest = Instant.parse("0000-01-01T00:00:00Z");
        Instant latest = Instant.parse("9999-12-31T23:59:59.999999999Z");
        for (Instant edge : new Instant[] {
            earliest,
            latest,
            Instant.EPOCH,
            Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("0999-12-31T23:59:59.999Z"),
            Instant.parse("1969-12-31T23:59:59.999999999Z"),
            Instant.parse("2024-02-29T12:00:00.0005Z")
        }) {
            assertThat(Json.instant(edge)).as("%s", edge).isEqualTo(PATTERN.format(edge));
        }
        for (int i = 0; i < 100_000; i++) {
            long second = earliest.getEpochSecond()
                    + (long) (random.nextDouble() * (latest.getEpochSecond() - earliest.getEpochSecond()));
            Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            assertThat(Json.instant(t)).as("%s", t).isEqualTo(PATTERN.format(t));
        }
    }
}
