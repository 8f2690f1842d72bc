package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.RootFolder;
import java.util.List;

/** Updates of a file descriptor under a field mask: rename, move, relabel. */
final class FileUpdates {

    private final SiteEngine engine;

    FileUpdates(SiteEngine engine) {
        this.engine = engine;
    }

    FileDescriptor updateFileDescriptor(FileUpdate file) {
        return updateFileDescriptor(file, List.of());
    }

    @Decides({
        Guess.UPDATE_CHECKS_ID_BEFORE_FIELD_MASK,
        Guess.FIELD_MASK_SEMANTICS,
        Guess.TRASHED_ITEM_UPDATES,
        Guess.UPDATE_SETS_UPDATED_DATE
    })
    FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
        // the one check of the file and its id (the HTTP face only translates _id/id)
        dev.fakewix.media.core.internal.validation.Violations checked =
                RequestConstraints.updateFileDescriptor(file, fieldMask);
        List<String> mask = fieldMask == null ? List.of() : fieldMask;
        boolean name = file != null && RequestConstraints.writes(mask, "displayName", file.displayName());
        boolean parent = file != null && RequestConstraints.writes(mask, "parentFolderId", file.parentFolderId());
        boolean labels = file != null && RequestConstraints.writes(mask, "labels", file.labels());
        if (!checked.isEmpty() && file != null && !name && !parent && !labels) {
            Reliance.met(Guess.UPDATE_CHECKS_ID_BEFORE_FIELD_MASK); // refused for the id, not for the empty mask
        }
        checked.throwForRequest();
        if (!name && !parent && !labels) {
            throw WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING.exception(
                    "fieldMask",
                    "Nothing to update: give at least one of " + String.join(", ", RequestConstraints.FILE_UPDATABLE)
                            + " (read-only fields are ignored)");
        }
        return engine.transaction.write(
                Operation.UPDATE_FILE_DESCRIPTOR,
                new RequestFacts(parent ? file.parentFolderId() : null, null, List.of(file.id()), file.displayName()),
                s -> {
                    FileEntry e = engine.fileIndex.requireFile(s, file.id(), "file.id");
                    FileDescriptor next = e.file;
                    RootFolder root = e.root;
                    if (e.trashed) {
                        Reliance.met(Guess.TRASHED_ITEM_UPDATES);
                    }
                    if (parent && !file.parentFolderId().equals(e.file.parentFolderId())) {
                        if (e.trashed) {
                            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                                    "file.parentFolderId",
                                    "VALIDATION",
                                    "file " + file.id() + " is in the trash bin; restore it before moving it")));
                        }
                        root = engine.tree.requireLiveFolder(s, file.parentFolderId(), "file.parentFolderId");
                        next = next.withParentFolderId(file.parentFolderId());
                    }
                    if (name) {
                        next = next.withDisplayName(file.displayName());
                    }
                    if (labels) {
                        next = next.withLabels(file.labels() == null ? List.of() : file.labels());
                    }
                    engine.fileIndex.unindexFile(s, e);
                    Reliance.met(Guess.UPDATE_SETS_UPDATED_DATE);
                    e.file = next.withUpdatedDate(engine.now());
                    e.root = root;
                    engine.fileIndex.indexFile(s, e);
                    engine.events.fileUpdated(s, e);
                    return e.file;
                });
    }
}
