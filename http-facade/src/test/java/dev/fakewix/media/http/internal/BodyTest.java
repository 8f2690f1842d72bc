package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body made of parts: written in Javalin's write sizes, cut for the journal on character boundaries. */
class BodyTest {

    private static Body parts(String... texts) {
        byte[][] parts = Arrays.stream(texts)
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new);
        return Body.of(parts, Arrays.stream(parts).mapToInt(p -> p.length).sum());
    }

    @Test
    void aBodyOfManyPartsGoesOutInWritesOfJavalinsBufferSize() throws Exception {
        String file = "{\"id\":\"" + "x".repeat(1200) + "\"}";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            texts.add(i == 0 ? "{\"files\":[" + file : "," + file);
        }
        texts.add("]}");
        Body body = parts(texts.toArray(String[]::new));
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        body.writeTo(new OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("single bytes are never written");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
                all.write(b, off, len);
            }
        });
        assertThat(all.toByteArray()).isEqualTo(String.join("", texts).getBytes(StandardCharsets.UTF_8));
        assertThat(writes).hasSize((body.length() + Body.WRITE_SIZE - 1) / Body.WRITE_SIZE);
        assertThat(writes.subList(0, writes.size() - 1)).containsOnly(Body.WRITE_SIZE);
    }

    @Test
    void aPrefixEndsOnACharacterBoundaryAndSharesWholeParts() {
        Body body = parts("ab", "cé", "f"); // é is two bytes: a b c é é f
        assertThat(body.length()).isEqualTo(6);
        assertThat(body.prefix(4).text()).isEqualTo("abc");
        assertThat(body.prefix(5).text()).isEqualTo("abcé");
        assertThat(body.prefix(100)).isSameAs(body);
        assertThat(Body.of("€uro".getBytes(StandardCharsets.UTF_8)).prefix(2).length())
                .isZero();
    }

    @Test
    void aHeadKeepsWholePartsAndCutsOnlyASingleLargeArray() {
        Body body = parts("aaaa", "bbbb", "cccc");
        assertThat(body.head(5).text()).isEqualTo("aaaabbbb");
        assertThat(body.head(12)).isSameAs(body);
        byte[] large = "z".repeat(100).getBytes(StandardCharsets.US_ASCII);
        Body single = Body.of(large).head(10);
        assertThat(single.length()).isEqualTo(10);
        assertThat(single.toArray()).isNotSameAs(large);
    }
}
