package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.content.LoopbackFetch;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaFormats;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.internal.validation.Violations;
import dev.fakewix.media.core.model.BulkActionMetadata;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.BulkImportFileResult;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ItemMetadata;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.RootFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Imports of files from URLs, one or in bulk: validation into a plan, then creation within the quota. */
final class FileImports {
    private final SiteEngine engine;

    FileImports(SiteEngine engine) {
        this.engine = engine;
    }

    FileDescriptor importFile(ImportFileRequest request) {
        RequestConstraints.importFile(request).throwForRequest();
        ImportPlan plan = planImport(request, "");
        try {
            return engine.transaction.write(Operation.IMPORT_FILE, plan.facts(), s -> {
                checkQuota(s, "url");
                return createImported(s, plan).withoutMedia();
            });
        } catch (RuntimeException | Error e) {
            ContentStore.release(plan.fetched()); // the rollback freed it already when a file had taken it; idempotent
            throw e;
        }
    }

    BulkImportFileResponse bulkImportFile(List<ImportFileRequest> requests, Boolean returnEntity) {
        RequestConstraints.bulkImportFile(requests).throwForRequest();
        List<Object> plans = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                ImportFileRequest item = requests.get(i);
                String prefix = "importFileRequests[" + i + "].";
                // an item's violations fail that item alone
                RequestConstraints.importFile(item, prefix, new Violations()).throwIfAny();
                plans.add(planImport(item, prefix));
            } catch (MediaManagerException e) {
                plans.add(e);
            }
        }
        boolean withEntity = returnEntity == null || returnEntity;
        return engine.transaction.write(Operation.BULK_IMPORT_FILE, RequestFacts.NONE, s -> {
            List<BulkImportFileResult> results = new ArrayList<>(plans.size());
            int ok = 0;
            for (int i = 0; i < plans.size(); i++) {
                Object plan = plans.get(i);
                SiteTransaction.Mark itemStart = engine.transaction.mark(s);
                try {
                    if (plan instanceof MediaManagerException e) {
                        throw e;
                    }
                    checkQuota(s, "importFileRequests[" + i + "].url");
                    FileDescriptor file = createImported(s, (ImportPlan) plan).withoutMedia();
                    results.add(new BulkImportFileResult(
                            new ItemMetadata(file.id(), i, true, null), withEntity ? file : null));
                    ok++;
                } catch (MediaManagerException e) {
                    Reliance.met(Guess.BULK_ITEM_ERROR_SHAPE);
                    engine.transaction.rollbackTo(s, itemStart); // one bad item fails alone, leaving nothing behind
                    results.add(new BulkImportFileResult(new ItemMetadata(null, i, false, e.applicationError()), null));
                }
            }
            return new BulkImportFileResponse(results, new BulkActionMetadata(ok, plans.size() - ok, 0));
        });
    }

    @Decides(Guess.BULK_IMPORT_FILES_ALL_OR_NOTHING)
    List<FileDescriptor> bulkImportFiles(List<ImportFileRequest> requests) {
        RequestConstraints.bulkImportFiles(requests).throwForRequest();
        List<ImportPlan> plans = new ArrayList<>();
        try {
            for (int i = 0; i < requests.size(); i++) {
                plans.add(planImport(requests.get(i), "importFileRequests[" + i + "]."));
            }
            return bulkImportAll(plans);
        } catch (MediaManagerException e) {
            Reliance.met(Guess.BULK_IMPORT_FILES_ALL_OR_NOTHING); // one bad item refused them all
            plans.forEach(p -> ContentStore.release(p.fetched()));
            throw e;
        } catch (RuntimeException | Error e) {
            plans.forEach(p -> ContentStore.release(p.fetched())); // all or nothing: no fetched bytes stay behind
            throw e;
        }
    }

    private List<FileDescriptor> bulkImportAll(List<ImportPlan> plans) {
        return engine.transaction.write(Operation.BULK_IMPORT_FILES, RequestFacts.NONE, s -> {
            checkQuota(s, "importFileRequests");
            for (ImportPlan plan : plans) {
                // every folder must exist before anything, even a folder of a filePath, is created
                engine.tree.requireLiveFolder(s, plan.parentFolderId(), plan.prefix() + "parentFolderId");
            }
            List<FileDescriptor> out = new ArrayList<>();
            for (ImportPlan plan : plans) {
                out.add(createImported(s, plan).withoutMedia());
            }
            return out;
        });
    }

    /** @param fetched bytes fetched from a loopback URL (opt-in), owned by the plan until a file takes them */
    private record ImportPlan(
            ImportFileRequest request,
            String prefix,
            String displayName,
            MediaFormats.Format format,
            String mimeType,
            String parentFolderId,
            StoredBytes fetched) {
        RequestFacts facts() {
            return new RequestFacts(parentFolderId, mimeType, List.of(), displayName);
        }
    }

    /**
     * Works out the media type and name of an import request whose constraints were checked (by its operation's
     * check), without touching state.
     */
    @Decides({
        Guess.IMPORT_TYPE_UNKNOWN_REFUSED,
        Guess.IMPORT_TYPE_CONFLICT_REFUSED,
        Guess.RASTER_AS_VECTOR_NAME,
        Guess.DISPLAY_NAME_EXTENSION_APPENDED
    })
    private ImportPlan planImport(ImportFileRequest r, String prefix) {
        MediaFormats.Format format;
        if (r.mimeType() != null && !r.mimeType().isEmpty()) {
            format = MediaFormats.byMimeType(r.mimeType())
                    .orElseThrow(
                            () -> refusedType(
                                    Guess.IMPORT_TYPE_CONFLICT_REFUSED,
                                    List.of(
                                            dev.fakewix.media.core.FieldViolation.of(
                                                    prefix + "mimeType",
                                                    "VALIDATION",
                                                    "'" + r.mimeType()
                                                            + "' is not a MIME type the Media Manager accepts (e.g. image/jpeg, video/mp4, application/pdf)"))));
        } else {
            format = MediaFormats.byName(r.displayName())
                    .or(() -> MediaFormats.byName(r.url()))
                    .orElseThrow(
                            () -> refusedType(
                                    Guess.IMPORT_TYPE_UNKNOWN_REFUSED,
                                    List.of(
                                            dev.fakewix.media.core.FieldViolation.of(
                                                    prefix + "url",
                                                    "VALIDATION",
                                                    "cannot determine the media type of '"
                                                            + Violations.abbreviate(r.url())
                                                            + "': the fake never fetches URLs, so give mimeType, or a displayName or url ending in a known extension (e.g. .jpg, .mp4, .pdf)"))));
        }
        boolean vectorized = r.mediaType() == MediaType.VECTOR && format.mediaType() == MediaType.IMAGE;
        if (vectorized) {
            // Wix's bulk-import sample: a raster imported with mediaType VECTOR is traced into an SVG
            format = MediaFormats.byName("x.svg").orElseThrow();
        }
        if (r.mediaType() != null && r.mediaType() != format.mediaType()) {
            throw refusedType(
                    Guess.IMPORT_TYPE_CONFLICT_REFUSED,
                    List.of(dev.fakewix.media.core.FieldViolation.of(
                            prefix + "mediaType",
                            "VALIDATION",
                            "expected " + r.mediaType() + " but the file is " + format.mediaType() + " ("
                                    + format.mimeType() + ")")));
        }
        String name = r.displayName() != null && !r.displayName().isBlank()
                ? r.displayName()
                : MediaFormats.lastSegment(r.url());
        if (name.isBlank()) {
            name = "file";
        }
        MediaFormats.noteDecided(
                format, vectorized || r.mimeType() == null || r.mimeType().isEmpty());
        if (vectorized) {
            Reliance.met(Guess.RASTER_AS_VECTOR_NAME);
            // vectorArt1 + a .webp url -> vectorArt1.webp.svg: the source's extension, then .svg
            String source = MediaFormats.extensionOf(name)
                    .or(() -> MediaFormats.extensionOf(r.url()))
                    .orElse("png");
            name = (MediaFormats.extensionOf(name).isPresent() ? name : name + "." + source) + ".svg";
        } else if (MediaFormats.extensionOf(name).isEmpty()) {
            Reliance.met(Guess.DISPLAY_NAME_EXTENSION_APPENDED);
            name = name + "." + format.extension();
        }
        name = truncate(name);
        String parent = FolderTree.parentOrMediaRoot(r.parentFolderId());
        StoredBytes fetched = null;
        if (engine.fetchesLoopbackImports()
                && engine.importContent(r.url()) == null
                && LoopbackFetch.isLoopback(r.url())) {
            fetched = LoopbackFetch.fetch(
                    engine.config.content(),
                    r.url(),
                    r.urlParams(),
                    r.urlHeaders(),
                    engine.limits().maxFileSizeBytes(),
                    prefix + "url");
        }
        return new ImportPlan(
                r,
                prefix,
                name,
                format,
                !vectorized && r.mimeType() != null && !r.mimeType().isEmpty()
                        ? r.mimeType().toLowerCase(Locale.ROOT)
                        : format.mimeType(),
                parent,
                fetched);
    }

    /** An import refused because its type cannot be told, or contradicts what it says. */
    private static MediaManagerException refusedType(
            Guess guess, List<dev.fakewix.media.core.FieldViolation> violations) {
        Reliance.met(guess);
        return MediaManagerException.invalidArgument(violations);
    }

    static String truncate(String name) {
        return name.length() <= RequestConstraints.MAX_DISPLAY_NAME
                ? name
                : name.substring(0, RequestConstraints.MAX_DISPLAY_NAME);
    }

    private String resolveParent(SiteState s, ImportPlan plan) {
        engine.tree.requireLiveFolder(s, plan.parentFolderId(), plan.prefix() + "parentFolderId");
        String filePath = plan.request().filePath();
        return filePath == null || filePath.isBlank()
                ? plan.parentFolderId()
                : engine.tree.ensurePath(s, plan.parentFolderId(), filePath);
    }

    private FileDescriptor createImported(SiteState s, ImportPlan plan) {
        String parent = resolveParent(s, plan);
        RootFolder root = engine.tree.requireLiveFolder(s, parent, plan.prefix() + "parentFolderId");
        ImportFileRequest r = plan.request();
        String ext = MediaFormats.extensionOf(plan.displayName())
                .filter(e -> MediaFormats.byName("x." + e).isPresent())
                .orElse(plan.format().extension());
        String id = engine.fileIndex.newImportedFileId(s, plan.format().mediaType(), ext);
        // bytes a test registered or served on loopback for this URL (opt-in) make the import real
        StoredBytes registered = engine.importContent(r.url());
        StoredBytes content = registered != null ? engine.config.content().share(registered) : plan.fetched();
        if (content == null) {
            Reliance.met(Guess.IMPORTS_NEVER_FETCHED);
        }
        s.undo.push(() -> ContentStore.release(content)); // a rolled-back import frees its copy
        return engine.fileIndex.insertFile(
                        s,
                        new FileIndex.NewFile(
                                id,
                                plan.displayName(),
                                plan.format().mediaType(),
                                plan.mimeType(),
                                parent,
                                root,
                                Boolean.TRUE.equals(r.isPrivate()),
                                r.labels() == null ? List.of() : r.labels(),
                                r.externalInfo(),
                                r.url(),
                                content))
                .file;
    }

    @Decides(Guess.IMPORT_QUOTA)
    private void checkQuota(SiteState s, String field) {
        long quota = engine.limits().storageQuotaBytes();
        if (quota != Long.MAX_VALUE) {
            Reliance.met(Guess.IMPORT_QUOTA);
        }
        if (s.storageUsed >= quota) {
            throw quotaExceeded(field, s.storageUsed, 0, quota);
        }
    }

    static MediaManagerException quotaExceeded(String field, long used, long adding, long quota) {
        return WixErrorCode.SITE_QUOTA_EXCEEDED.exception(
                field,
                "The site's storage quota of " + quota + " bytes is exceeded: " + used + " bytes are used"
                        + (adding > 0 ? " and " + adding + " more were requested" : ""),
                Json.object(
                        "quota", Json.object("storage", Long.toString(quota)), "internalCode", "SITE_QUOTA_EXCEEDED"));
    }
}
