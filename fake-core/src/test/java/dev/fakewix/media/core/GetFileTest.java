package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.State;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GetFileTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    @Test
    void anUnknownIdIsResourceNotFoundAsA400() {
        MediaManagerException e =
                assertRule(() -> files.getFileDescriptor("abc"), WixErrorCode.RESOURCE_NOT_FOUND, "fileId");

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("abc");
    }

    @Test
    void theIdIsRequiredAndAtMost1000Characters() {
        assertInvalid(() -> files.getFileDescriptor(null), "fileId", "REQUIRED_FIELD");
        assertInvalid(() -> files.getFileDescriptor(""), "fileId", "REQUIRED_FIELD");
        assertInvalid(() -> files.getFileDescriptor("f".repeat(1001)), "fileId", "MAX_LENGTH");
        assertRule(() -> files.getFileDescriptor("f".repeat(1000)), WixErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void aTrashedFileCanStillBeReadAndShowsTheTrashRoot() {
        FileDescriptor file = Fakes.importImage(files, "a.jpg");
        files.bulkDeleteFiles(List.of(file.id()), false);

        FileDescriptor read = files.getFileDescriptor(file.id());

        assertThat(read.parentFolderId()).isEqualTo("trash-root");
        assertThat(read.state()).isEqualTo(State.OK);
    }

    @Test
    void aPermanentlyDeletedFileIsResourceNotFound() {
        FileDescriptor file = Fakes.importImage(files, "a.jpg");
        files.bulkDeleteFiles(List.of(file.id()), true);

        assertRule(() -> files.getFileDescriptor(file.id()), WixErrorCode.RESOURCE_NOT_FOUND);
    }

    @Test
    void manyFilesComeBackInRequestOrderDuplicatesIncluded() {
        FileDescriptor a = Fakes.importImage(files, "a.jpg");
        FileDescriptor b = Fakes.importImage(files, "b.jpg");

        assertThat(files.getFileDescriptors(List.of(b.id(), a.id(), b.id())))
                .extracting(FileDescriptor::id)
                .containsExactly(b.id(), a.id(), b.id());
    }

    @Test
    void manyFilesAreOneToAHundredIds() {
        FileDescriptor a = Fakes.importImage(files, "a.jpg");
        assertThat(files.getFileDescriptors(Collections.nCopies(100, a.id()))).hasSize(100);

        assertInvalid(() -> files.getFileDescriptors(Collections.nCopies(101, a.id())), "fileIds", "MAX_SIZE");
        assertInvalid(() -> files.getFileDescriptors(List.of()), "fileIds", "MIN_SIZE");
        assertInvalid(() -> files.getFileDescriptors(null), "fileIds", "MIN_SIZE");
        assertInvalid(() -> files.getFileDescriptors(List.of("f".repeat(1001))), "fileIds[0]", "MAX_LENGTH");
    }

    @Test
    void oneUnknownIdAmongManyIsResourceNotFoundNamingIt() {
        List<String> ids = new ArrayList<>(IntStream.range(0, 3)
                .mapToObj(i -> Fakes.importImage(files, i + ".jpg").id())
                .toList());
        ids.add(1, "nope");

        assertRule(() -> files.getFileDescriptors(ids), WixErrorCode.RESOURCE_NOT_FOUND, "fileIds[1]");
    }
}
