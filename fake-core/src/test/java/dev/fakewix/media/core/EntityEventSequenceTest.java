package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code entityEventSequence}: counted per file or folder id, from 1, over the whole life of the id in a site. */
class EntityEventSequenceTest {
    private final List<MediaEvent> events = new CopyOnWriteArrayList<>();

    private FakeMediaManager fake(ReadinessPolicy policy) {
        FakeMediaManager fake = Fakes.builder().readiness(policy).build();
        fake.onEvent(events::add);
        return fake;
    }

    private List<Long> sequencesOf(String entityId) {
        return events.stream()
                .filter(e -> e.metadata().entityId().equals(entityId))
                .map(e -> e.metadata().entityEventSequence())
                .toList();
    }

    @Test
    void aPermanentDeletionIsAnnouncedWithTheFilesNextSequence() {
        FakeMediaManager fake = fake(Readiness.ready());
        FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
        fake.site().files().getFileDescriptor(file.id());
        fake.site().files().bulkDeleteFiles(List.of(file.id()), false);
        fake.site().files().bulkRestoreFilesFromTrashBin(List.of(file.id()));

        fake.site().files().bulkDeleteFiles(List.of(file.id()), true);

        assertThat(events)
                .filteredOn(e -> e.metadata().entityId().equals(file.id()))
                .extracting(MediaEvent::type, e -> e.metadata().entityEventSequence())
                .containsExactly(
                        tuple(WebhookEvent.FILE_READY, 1L),
                        tuple(WebhookEvent.FILE_DESCRIPTOR_DELETED, 2L),
                        tuple(WebhookEvent.FILE_READY, 3L),
                        tuple(WebhookEvent.FILE_DESCRIPTOR_DELETED, 4L));
    }

    @Test
    void aVectorCountsAgainFromOneUnderItsFinalIdAndKeepsCountingWhenAddressedByItsTemporaryId() {
        FakeMediaManager fake = fake(Readiness.manual());
        FileDescriptor pending = fake.site()
                .files()
                .importFile(ImportFileRequest.of("https://e.com/art.webp").withMediaType(MediaType.VECTOR));
        fake.site()
                .files()
                .updateFileDescriptor(FileUpdate.of(pending.id()).withDisplayName("art.svg"), List.of("displayName"));
        fake.site()
                .files()
                .updateFileDescriptor(FileUpdate.of(pending.id()).withDisplayName("art2.svg"), List.of("displayName"));

        String finalId = fake.site().lifecycle().markReady(pending.id()).id();
        fake.site()
                .files()
                .updateFileDescriptor(FileUpdate.of(pending.id()).withDisplayName("art3.svg"), List.of("displayName"));
        fake.site().files().bulkDeleteFiles(List.of(pending.id()), false);

        assertThat(finalId).isNotEqualTo(pending.id());
        assertThat(sequencesOf(pending.id())).containsExactly(1L, 2L);
        assertThat(sequencesOf(finalId)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aFoldersSequenceIsItsOwnAndCountsEveryChange() {
        FakeMediaManager fake = fake(Readiness.ready());
        Folder folder = fake.site().folders().createFolder("pics", null);
        FileDescriptor file = Fakes.importInto(fake.site().files(), folder.id(), "a.jpg");
        fake.site().files().getFileDescriptor(file.id());

        fake.site().folders().bulkDeleteFolders(List.of(folder.id()), false);
        fake.site().folders().bulkRestoreFoldersFromTrashBin(List.of(folder.id()));
        fake.site().folders().bulkDeleteFolders(List.of(folder.id()), true);

        assertThat(events)
                .filteredOn(e -> e.metadata().entityId().equals(folder.id()))
                .extracting(MediaEvent::type, e -> e.metadata().entityEventSequence())
                .containsExactly(
                        tuple(WebhookEvent.FOLDER_CREATED, 1L),
                        tuple(WebhookEvent.FOLDER_DELETED, 2L),
                        tuple(WebhookEvent.FOLDER_UPDATED, 3L),
                        tuple(WebhookEvent.FOLDER_DELETED, 4L));
        assertThat(sequencesOf(file.id())).containsExactly(1L, 2L);
    }

    @Test
    void sequencesStartOverAfterARestoreAndAfterAReset() {
        FakeMediaManager fake = fake(Readiness.ready());
        FileDescriptor file = Fakes.importImage(fake.site().files(), "a.jpg");
        fake.site().files().getFileDescriptor(file.id());
        SiteSnapshot snapshot = fake.site().snapshot();
        fake.site()
                .files()
                .updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("b.jpg"), List.of("displayName"));

        fake.site().restore(snapshot);
        fake.site()
                .files()
                .updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("c.jpg"), List.of("displayName"));
        fake.site().reset();
        FileDescriptor again = Fakes.importImage(fake.site().files(), "a.jpg");
        fake.site().files().getFileDescriptor(again.id());

        assertThat(again.id()).as("the same seed mints the same first id").isEqualTo(file.id());
        assertThat(sequencesOf(file.id())).containsExactly(1L, 2L, 1L, 1L);
    }

    @Test
    void aFolderCreatedAgainAfterARolledBackImportAnnouncesItselfWithSequenceOne() {
        AtomicBoolean refuseOnce = new AtomicBoolean(true);
        FakeMediaManager fake = fake(file -> {
            if (refuseOnce.getAndSet(false)) {
                throw new IllegalStateException("the test's policy refuses the first file");
            }
            return Readiness.ready();
        });
        ImportFileRequest intoA = ImportFileRequest.of("https://e.com/a.jpg").withFilePath("a");
        assertThatThrownBy(() -> fake.site().files().importFile(intoA)).isInstanceOf(IllegalStateException.class);

        fake.site().files().importFile(intoA);

        assertThat(events)
                .filteredOn(e -> e.type() == WebhookEvent.FOLDER_CREATED)
                .singleElement()
                .satisfies(created -> {
                    assertThat(created.metadata().entityEventSequence())
                            .as("the rolled-back import announced nothing, so its folder's first event is its first")
                            .isEqualTo(1);
                });
    }
}
