package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A deterministic, realistic media library for the benchmarks: a mix of media types close to what Wix sites hold
 * (mostly images), camera-style and descriptive file names, source URLs on a CDN, some labels, a few private files.
 * The clock is frozen and moves 1 ms per import, so every file has its own {@code updatedDate}.
 *
 * <pre>{@code
 * SyntheticLibrary library = SyntheticLibrary.create(Readiness.ready());
 * List<String> folders = library.createFolders(100);
 * for (String folder : folders) {
 *     library.importFiles(folder, 1_000, file -> { });
 * }
 * }</pre>
 *
 * <p>About 1% of the names contain {@link #RARE_WORD}; no name, label or MIME type contains {@link #ABSENT_WORD}.
 */
final class SyntheticLibrary {
    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    /** In the names of files whose number is 37 modulo 100, i.e. 1% of them, spread evenly. */
    static final String RARE_WORD = "sunset";
    /** In no name, label or MIME type: a search for it scans every file. */
    static final String ABSENT_WORD = "zebracorn";

    private static final Duration ONE_MILLI = Duration.ofMillis(1);
    private static final String[] ADJECTIVES = {
        "red", "blue", "summer", "winter", "happy", "modern", "vintage", "bright", "cozy", "urban", "golden", "misty"
    };
    private static final String[] NOUNS = {
        "beach",
        "mountain",
        "coffee",
        "team",
        "product",
        "logo",
        "banner",
        "office",
        "garden",
        "city",
        "dog",
        "cat",
        "cake",
        "shoe",
        "chair",
        "lamp",
        "bike",
        "forest"
    };
    private static final String[] DOCUMENTS = {
        "invoice", "brochure", "menu", "price-list", "contract", "report", "catalogue", "flyer"
    };
    private static final String[] LABELS = {"product", "banner", "hero", "team", "blog", "gallery"};
    private static final String[] FOLDER_TOPICS = {
        "Products", "Blog", "Team", "Events", "Gallery", "Docs", "Banners", "Press", "Archive", "Campaigns"
    };

    final FakeMediaManager fake;
    final VirtualClock clock;
    final MediaSite site;
    private long fileNumber;
    private int folderNumber;

    private SyntheticLibrary(ReadinessPolicy readiness) {
        this.clock = VirtualClock.frozenAt(START);
        this.fake = FakeMediaManager.builder()
                .seed(42)
                .clock(clock)
                .readiness(readiness)
                .build();
        this.site = fake.site();
    }

    static SyntheticLibrary create(ReadinessPolicy readiness) {
        return new SyntheticLibrary(readiness);
    }

    /** Creates {@code count} folders under media-root; returns their ids. */
    List<String> createFolders(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(createFolder(String.format(
                    Locale.ROOT, "%s %03d", FOLDER_TOPICS[folderNumber % FOLDER_TOPICS.length], folderNumber)));
            folderNumber++;
        }
        return ids;
    }

    String createFolder(String name) {
        return site.folders().createFolder(name, null).id();
    }

    /** Imports {@code count} files into {@code folderId}, one by one, moving the clock 1 ms per file. */
    void importFiles(String folderId, int count, Consumer<FileDescriptor> imported) {
        for (int i = 0; i < count; i++) {
            FileDescriptor file = site.files().importFile(request(fileNumber++).withParentFolderId(folderId));
            imported.accept(file);
            clock.advance(ONE_MILLI);
        }
    }

    /** Imports {@code perFolder} files into each folder, round-robin, so folders fill up side by side. */
    void importSpread(List<String> folderIds, int perFolder, Consumer<FileDescriptor> imported) {
        for (int i = 0; i < perFolder; i++) {
            for (String folderId : folderIds) {
                importFiles(folderId, 1, imported);
            }
        }
    }

    /** The import request of the n-th file: same n, same file, whatever else happened. */
    static ImportFileRequest request(long n) {
        long r = mix(n + 0x632BE59BD9B4E019L);
        int kind = (int) Long.remainderUnsigned(r, 100);
        String adjective = ADJECTIVES[(int) Long.remainderUnsigned(r >>> 8, ADJECTIVES.length)];
        String noun = NOUNS[(int) Long.remainderUnsigned(r >>> 16, NOUNS.length)];
        int year = 2019 + (int) Long.remainderUnsigned(r >>> 24, 6);
        int month = 1 + (int) Long.remainderUnsigned(r >>> 28, 12);
        int day = 1 + (int) Long.remainderUnsigned(r >>> 32, 28);
        String name;
        if (kind < 40) {
            name = String.format(Locale.ROOT, "IMG_%d%02d%02d_%06d.jpg", year, month, day, n % 1_000_000);
        } else if (kind < 70) {
            String ext = kind < 58 ? "jpg" : kind < 66 ? "png" : "webp";
            name = adjective + "-" + noun + "-" + n + "." + ext;
        } else if (kind < 78) {
            name = noun + "-" + (kind < 74 ? "promo" : "reel") + "-" + n + (kind < 76 ? ".mp4" : ".mov");
        } else if (kind < 90) {
            String doc = DOCUMENTS[(int) Long.remainderUnsigned(r >>> 40, DOCUMENTS.length)];
            name = doc + "-" + year + "-" + n + (kind < 84 ? ".pdf" : kind < 87 ? ".docx" : ".xlsx");
        } else if (kind < 95) {
            name = noun + "-track-" + n + (kind < 93 ? ".mp3" : ".wav");
        } else if (kind < 98) {
            name = noun + "-icon-" + n + ".svg";
        } else {
            name = noun + "-assets-" + n + ".zip";
        }
        if (n % 100 == 37) {
            name = RARE_WORD + "-" + name;
        }
        String url = String.format(Locale.ROOT, "https://cdn.example-shop.com/uploads/%d/%02d/%s", year, month, name);
        ImportFileRequest request = ImportFileRequest.of(url);
        int labelDice = (int) Long.remainderUnsigned(r >>> 48, 10);
        if (labelDice == 0) {
            request = request.withLabels(
                    List.of(LABELS[(int) (n % LABELS.length)], LABELS[(int) ((n + 1) % LABELS.length)]));
        } else if (labelDice < 3) {
            request = request.withLabels(List.of(LABELS[(int) (n % LABELS.length)]));
        }
        if (Long.remainderUnsigned(r >>> 56, 20) == 0) {
            request = request.withPrivate(true);
        }
        return request;
    }

    /** The file's Wix media URL, as the SDK and site code pass it ({@code wix:image://v1/<id>/<name>#...}). */
    static String wixMediaUrl(FileDescriptor file) {
        String scheme = file.mediaType() == MediaType.IMAGE
                ? "image"
                : file.mediaType().name().toLowerCase(Locale.ROOT);
        return "wix:" + scheme + "://v1/" + file.id() + "/" + file.displayName()
                + "#originWidth=1920&originHeight=1080";
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
