package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.RootFolder;

import java.util.List;

/** Updates of a file descriptor under a field mask: rename, move, relabel. */
final class FileUpdates {
    private static final List<String> UPDATABLE = List.of("displayName", "parentFolderId", "labels");
    /** Read-only fields a field mask may name; Wix ignores them, as it ignores them in the body. */
    private static final List<String> READ_ONLY = List.of("id", "url", "hash", "sizeInBytes", "private", "mediaType",
            "media", "operationStatus", "sourceUrl", "thumbnailUrl", "createdDate", "updatedDate", "siteId", "state");

    private final SiteEngine engine;

    FileUpdates(SiteEngine engine) {
        this.engine = engine;
    }

    FileDescriptor updateFileDescriptor(FileUpdate file) {
        return updateFileDescriptor(file, List.of());
    }

    FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
        if (file == null) {
            new Violations().required("file", null).throwIfAny();
        }
        List<String> mask = fieldMask == null ? List.of() : fieldMask;
        for (String path : mask) {
            if (!UPDATABLE.contains(path) && !READ_ONLY.contains(path)) {
                throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of("fieldMask",
                        "VALIDATION", "'" + path + "' cannot be updated; updatable fields: " + String.join(", ", UPDATABLE))));
            }
        }
        boolean name = mask.isEmpty() ? file.displayName() != null : mask.contains("displayName");
        boolean parent = mask.isEmpty() ? file.parentFolderId() != null : mask.contains("parentFolderId");
        boolean labels = mask.isEmpty() ? file.labels() != null : mask.contains("labels");
        if (!name && !parent && !labels) {
            throw WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING.exception("fieldMask",
                    "Nothing to update: give at least one of " + String.join(", ", UPDATABLE) + " (read-only fields are ignored)");
        }
        Violations v = new Violations().required("file.id", file.id()).maxLength("file.id", file.id(), 1000);
        if (name) {
            v.required("file.displayName", file.displayName()).maxLength("file.displayName", file.displayName(), FileImports.MAX_DISPLAY_NAME);
        }
        if (parent) {
            v.required("file.parentFolderId", file.parentFolderId()).maxLength("file.parentFolderId", file.parentFolderId(), 100);
        }
        if (labels) {
            v.maxSize("file.labels", file.labels(), 100).eachMaxLength("file.labels", file.labels(), 200);
        }
        v.throwIfAny();
        return engine.transaction.write(Operation.UPDATE_FILE_DESCRIPTOR, new RequestFacts(parent ? file.parentFolderId() : null, null,
                List.of(file.id()), file.displayName()), s -> {
            FileEntry e = engine.fileIndex.requireFile(s, file.id(), "file.id");
            FileDescriptor next = e.file;
            RootFolder root = e.root;
            if (parent && !file.parentFolderId().equals(e.file.parentFolderId())) {
                if (e.trashed) {
                    throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(
                            "file.parentFolderId", "VALIDATION", "file " + file.id() + " is in the trash bin; restore it before moving it")));
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
            e.file = next.withUpdatedDate(engine.now());
            e.root = root;
            engine.fileIndex.indexFile(s, e);
            engine.events.fileUpdated(s, e);
            return e.file;
        });
    }
}
