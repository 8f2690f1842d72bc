package dev.fakewix.media.http.internal.wixhosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The placeholder images are real images of the asked size and colour, as a standard decoder reads them. */
class PlaceholdersTest {

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({
        "image/png, 1, 1",
        "image/png, 3024, 4032",
        "image/png, 17, 9",
        "image/jpeg, 1, 1",
        "image/jpeg, 1920, 1080",
        "image/jpeg, 13, 7",
        "image/jpeg, 3024, 4032",
        "image/gif, 1, 1",
        "image/gif, 800, 600",
        "image/gif, 1080, 1080",
        "image/bmp, 40, 30",
        "image/heic, 40, 30"
    })
    void decodesAsAnImageOfTheStatedSizeAndColour(String type, int width, int height) throws IOException {
        int rgb = 0x3C8CDC;
        Placeholders.Placeholder p = Placeholders.image(type, width, height, rgb);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(p.bytes()));

        assertThat(image).as("%s decodes", p.contentType()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int[] at : new int[][] {{0, 0}, {width - 1, height - 1}, {width / 2, height / 2}}) {
            int pixel = image.getRGB(at[0], at[1]);
            // JPEG's colour conversion rounds: a few units either way
            assertThat((pixel >> 16) & 0xFF).isCloseTo(0x3C, within(3));
            assertThat((pixel >> 8) & 0xFF).isCloseTo(0x8C, within(3));
            assertThat(pixel & 0xFF).isCloseTo(0xDC, within(3));
        }
    }

    @Test
    void theTypeIsTheStatedOneWhereItIsWrittenAndPngElsewhere() {
        assertThat(Placeholders.image("image/jpeg", 2, 2, 0).contentType()).isEqualTo("image/jpeg");
        assertThat(Placeholders.image("image/gif", 2, 2, 0).contentType()).isEqualTo("image/gif");
        assertThat(Placeholders.image("image/webp", 2, 2, 0).contentType()).isEqualTo("image/webp");
        assertThat(Placeholders.image("image/svg+xml", 2, 2, 0).contentType()).isEqualTo("image/svg+xml");
        assertThat(Placeholders.image("image/tiff", 2, 2, 0).contentType()).isEqualTo("image/png");
        assertThat(Placeholders.image(null, 2, 2, 0).contentType()).isEqualTo("image/png");
    }

    @Test
    void largeImagesStaySmall() {
        assertThat(Placeholders.image("image/png", 3024, 4032, 0).bytes().length)
                .isLessThan(20_000);
        assertThat(Placeholders.image("image/gif", 3024, 4032, 0).bytes().length)
                .isLessThan(40_000);
        assertThat(Placeholders.image("image/webp", 3024, 4032, 0).bytes().length)
                .isLessThan(100);
    }

    /** No WebP decoder in the JDK: the container and the VP8L header are read by hand, as a decoder starts. */
    @Test
    void aWebpIsALosslessVp8lOfTheStatedSize() {
        byte[] webp = Placeholders.image("image/webp", 1920, 1080, 0x112233).bytes();
        ByteBuffer b = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(new String(webp, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(b.getInt(4)).as("RIFF size").isEqualTo(webp.length - 8);
        assertThat(new String(webp, 8, 8, StandardCharsets.US_ASCII)).isEqualTo("WEBPVP8L");
        int chunk = b.getInt(16);
        assertThat(20 + chunk + (chunk & 1)).isEqualTo(webp.length);
        assertThat(webp[20] & 0xFF).as("VP8L signature").isEqualTo(0x2f);
        int bits = b.getInt(21);
        assertThat((bits & 0x3FFF) + 1).isEqualTo(1920);
        assertThat(((bits >>> 14) & 0x3FFF) + 1).isEqualTo(1080);
        assertThat(bits >>> 29).as("version").isZero();
    }

    @Test
    void anSvgStatesItsSize() {
        String svg = new String(
                Placeholders.image("image/svg+xml", 640, 480, 0xABCDEF).bytes(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg ").contains("width=\"640\"", "height=\"480\"", "#abcdef");
    }
}
