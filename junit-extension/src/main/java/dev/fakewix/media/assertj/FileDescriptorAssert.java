package dev.fakewix.media.assertj;

import dev.fakewix.media.assertj.internal.ShouldHaveFileProperty;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one {@link FileDescriptor}: its processing status, folder, trash state, media type, labels and
 * privacy. Failures carry actual and expected values, so IDEs show a diff.
 *
 * <pre>{@code
 * assertThat(files.getFileDescriptor(id)).isReady().isInFolder(folder.id()).hasMediaType(MediaType.IMAGE).hasLabels("pets");
 * assertThat(site).fileAt("/photos/cat.jpg").isReady();   // reads the site now
 * }</pre>
 *
 * <p>A {@code FileDescriptor} is a value: the one {@code importFile} returned says {@code PENDING} forever. To assert
 * the current state, read the file again or navigate from the site ({@code assertThat(site).fileWithId(id)}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class FileDescriptorAssert extends AbstractObjectAssert<FileDescriptorAssert, FileDescriptor> {
    private final String path;
    private final boolean current;

    public FileDescriptorAssert(@Nullable FileDescriptor actual) {
        this(actual, null, false);
    }

    FileDescriptorAssert(FileDescriptor actual, String path, boolean current) {
        super(actual, FileDescriptorAssert.class);
        this.path = path;
        this.current = current;
    }

    /** Verifies that the file is {@code READY}. */
    public FileDescriptorAssert isReady() {
        isNotNull();
        return hasOperationStatus(OperationStatus.READY);
    }

    /** Verifies that the file is still {@code PENDING}. */
    public FileDescriptorAssert isPending() {
        isNotNull();
        return hasOperationStatus(OperationStatus.PENDING);
    }

    /** Verifies that the file's processing {@code FAILED}. */
    public FileDescriptorAssert hasFailed() {
        isNotNull();
        return hasOperationStatus(OperationStatus.FAILED);
    }

    /** Verifies the file's {@code operationStatus}. */
    public FileDescriptorAssert hasOperationStatus(OperationStatus expected) {
        isNotNull();
        if (actual.operationStatus() != expected) {
            String hint = "";
            if (!current && actual.operationStatus() == OperationStatus.PENDING) {
                hint =
                        "a FileDescriptor is a value: the one importFile or an upload returned says PENDING for ever; read the"
                                + " file again (files.getFileDescriptor(id)) or assert on the site: assertThat(site).fileWithId(\""
                                + actual.id() + "\")";
            }
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(), "to be " + expected, "was " + actual.operationStatus(), hint),
                    actual.operationStatus(),
                    expected);
        }
        return myself;
    }

    /** Verifies the id of the folder the file is directly in ({@code media-root} for the root). */
    public FileDescriptorAssert isInFolder(String folderId) {
        isNotNull();
        if (!folderId.equals(actual.parentFolderId())) {
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(),
                            "to be in folder \"" + folderId + "\"",
                            "it is in folder \"" + actual.parentFolderId() + "\"",
                            ""),
                    actual.parentFolderId(),
                    folderId);
        }
        return myself;
    }

    /** Verifies that the file is directly in the media root. */
    public FileDescriptorAssert isInRootFolder() {
        isNotNull();
        return isInFolder(RootFolder.MEDIA_ROOT.folderId());
    }

    /**
     * Verifies that the file is in the trash bin: as at Wix, its {@code parentFolderId} is {@code trash-root} (a file
     * inside a trashed folder keeps its folder; assert that with {@code assertThat(site).trashContainsFile(id)}).
     */
    public FileDescriptorAssert isInTrash() {
        isNotNull();
        if (!inTrash()) {
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(),
                            "to be in the trash bin (parentFolderId \"trash-root\")",
                            "it is in folder \"" + actual.parentFolderId() + "\"",
                            current ? "" : "if it was trashed after this descriptor was read, read it again"),
                    actual.parentFolderId(),
                    RootFolder.TRASH_ROOT.folderId());
        }
        return myself;
    }

    /** Verifies that the file is not in the trash bin. */
    public FileDescriptorAssert isNotInTrash() {
        isNotNull();
        if (inTrash()) {
            throwAssertionError(ShouldHaveFileProperty.shouldHave(
                    name(),
                    "not to be in the trash bin",
                    "it is (parentFolderId \"" + actual.parentFolderId() + "\", state " + actual.state() + ")",
                    ""));
        }
        return myself;
    }

    private boolean inTrash() {
        return RootFolder.TRASH_ROOT.folderId().equals(actual.parentFolderId()) || actual.state() == State.DELETED;
    }

    /** Verifies the file's media type. */
    public FileDescriptorAssert hasMediaType(MediaType expected) {
        isNotNull();
        if (actual.mediaType() != expected) {
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(), "to have media type " + expected, "it has " + actual.mediaType(), ""),
                    actual.mediaType(),
                    expected);
        }
        return myself;
    }

    /** Verifies the file's labels: exactly these, in any order. */
    public FileDescriptorAssert hasLabels(String... expected) {
        isNotNull();
        List<String> wanted = Arrays.stream(expected).sorted().toList();
        List<String> labels = actual.labels().stream().sorted().toList();
        if (!wanted.equals(labels)) {
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(labels);
            List<String> extra = new ArrayList<>(labels);
            extra.removeAll(wanted);
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(),
                            "to have exactly the labels " + wanted,
                            "it has " + labels + (missing.isEmpty() ? "" : "; missing " + missing)
                                    + (extra.isEmpty() ? "" : "; unexpected " + extra),
                            ""),
                    labels,
                    wanted);
        }
        return myself;
    }

    /** Verifies that the file has at least these labels. */
    public FileDescriptorAssert containsLabels(String... expected) {
        isNotNull();
        List<String> missing = new ArrayList<>(Arrays.asList(expected));
        missing.removeAll(actual.labels());
        if (!missing.isEmpty()) {
            throwAssertionError(ShouldHaveFileProperty.shouldHave(
                    name(),
                    "to have the labels " + Arrays.asList(expected),
                    "it has " + actual.labels() + "; missing " + missing,
                    ""));
        }
        return myself;
    }

    /** Verifies that the file is private. */
    public FileDescriptorAssert isPrivate() {
        isNotNull();
        if (!actual.isPrivate()) {
            failWithDiff(ShouldHaveFileProperty.shouldHave(name(), "to be private", "it is public", ""), false, true);
        }
        return myself;
    }

    /** Verifies that the file is public. */
    public FileDescriptorAssert isPublic() {
        isNotNull();
        if (actual.isPrivate()) {
            failWithDiff(ShouldHaveFileProperty.shouldHave(name(), "to be public", "it is private", ""), true, false);
        }
        return myself;
    }

    /** Verifies the file's display name. */
    public FileDescriptorAssert hasDisplayName(String expected) {
        isNotNull();
        if (!expected.equals(actual.displayName())) {
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(),
                            "to be named \"" + expected + "\"",
                            "it is named \"" + actual.displayName() + "\"",
                            ""),
                    actual.displayName(),
                    expected);
        }
        return myself;
    }

    /** Verifies the file's size in bytes ({@code -1} while unknown). */
    public FileDescriptorAssert hasSizeInBytes(long expected) {
        isNotNull();
        if (actual.sizeInBytes() != expected) {
            failWithDiff(
                    ShouldHaveFileProperty.shouldHave(
                            name(),
                            "to be " + expected + " bytes long",
                            "it is " + actual.sizeInBytes() + " bytes long",
                            ""),
                    actual.sizeInBytes(),
                    expected);
        }
        return myself;
    }

    private String name() {
        return "\"" + actual.id() + "\" (" + (path != null ? path : "\"" + actual.displayName() + "\"") + ")";
    }

    // AssertJ's public way to an actual/expected failure (its Failures class is internal and not exported); the
    // description (as(...)) is added by AssertJ, so the message is rendered without one.
    private void failWithDiff(ErrorMessageFactory message, Object actualValue, Object expectedValue) {
        failWithActualExpectedAndMessage(
                actualValue,
                expectedValue,
                "%s",
                message.create(EmptyTextDescription.emptyDescription(), info.representation()));
    }
}
