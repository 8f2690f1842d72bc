package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.PagingMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Responses assembled from pre-serialised parts are byte for byte what a generator would write. */
class WireAssemblyTest {
    private final Wire wire = new Wire();

    @Test
    void quotedStringsAreExactlyWhatJacksonWrites() {
        List<String> texts = List.of(
                "",
                "abc",
                "eyJraW5kIjoiTElTVF9GSUxFUyJ9+/=",
                "say \"hi\"",
                "back\\slash",
                "tab\tnew\nline",
                "nul\u0000",
                "del\u007f",
                "ünïcödé",
                "emoji \uD83D\uDE00",
                "</script>",
                "a/b");
        for (String text : texts) {
            assertThat(new String(Json.quoted(text), StandardCharsets.UTF_8))
                    .as("quoted %s", text)
                    .isEqualTo(jacksonString(text));
        }
    }

    @Test
    void aFilePageIsItsFilesJoinedAndItsCursorWithNothingAfterTheLastBrace() {
        List<FileDescriptor> files = importedFiles(3);
        PagingMetadata paging = new PagingMetadata(3, "bmV4dA==", true);

        String page = wire.filePage(files, paging, Wire.PageStyle.NEXT_CURSOR).text();
        String query =
                wire.filePage(files, paging, Wire.PageStyle.PAGING_METADATA).text();

        String joined = files.stream()
                .map(f -> new String(wire.file(f), StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
        assertThat(page)
                .isEqualTo("{\"files\":[" + joined
                        + "],\"nextCursor\":{\"cursors\":{\"next\":\"bmV4dA==\"},\"hasNext\":true}}");
        assertThat(query)
                .isEqualTo("{\"files\":[" + joined
                        + "],\"pagingMetadata\":{\"count\":3,\"cursors\":{\"next\":\"bmV4dA==\"},\"hasNext\":true}}");
    }

    @Test
    void emptyListsAndSingleFilesAreWellFormed() {
        FileDescriptor file = importedFiles(1).get(0);
        String json = new String(wire.file(file), StandardCharsets.UTF_8);

        assertThat(wire.fileList("files", List.of()).text()).isEqualTo("{\"files\":[]}");
        assertThat(wire.fileList("files", List.of(file)).text()).isEqualTo("{\"files\":[" + json + "]}");
        assertThat(new String(wire.fileEnvelope("file", file), StandardCharsets.UTF_8))
                .isEqualTo("{\"file\":" + json + "}");
        assertThat(wire.filePage(List.of(), new PagingMetadata(0, "", false), Wire.PageStyle.NEXT_CURSOR)
                        .text())
                .isEqualTo("{\"files\":[],\"nextCursor\":{\"cursors\":{\"next\":\"\"},\"hasNext\":false}}");
    }

    @Test
    void aFileIsSerialisedAgainOnceItChanges() {
        FakeMediaManager fake = FakeMediaManager.builder()
                .seed(3)
                .clock(VirtualClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z")))
                .build();
        FileDescriptor before = fake.site().files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
        String first = new String(wire.file(before), StandardCharsets.UTF_8);

        FileDescriptor after =
                fake.site().files().updateFileDescriptor(new FileUpdate(before.id(), "renamed.jpg", null, null));

        assertThat(new String(wire.file(after), StandardCharsets.UTF_8))
                .isNotEqualTo(first)
                .contains("renamed.jpg");
    }

    private static List<FileDescriptor> importedFiles(int count) {
        FakeMediaManager fake = FakeMediaManager.builder()
                .seed(3)
                .clock(VirtualClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z")))
                .build();
        for (int i = 0; i < count; i++) {
            fake.site().files().importFile(ImportFileRequest.of("https://example.com/photo-" + i + ".jpg"));
        }
        return fake.site().files().listFiles(ListFilesRequest.all()).files();
    }

    private static String jacksonString(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeString(text);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
