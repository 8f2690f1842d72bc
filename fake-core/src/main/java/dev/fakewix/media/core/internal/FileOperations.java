package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.BulkActionMetadata;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.BulkImportFileResult;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ItemMetadata;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.StreamFormat;
import dev.fakewix.media.core.model.UploadProtocol;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The Files API of one site: validates each request as Wix does, then acts on the {@link SiteEngine}. */
@API(status = API.Status.INTERNAL)
public final class FileOperations implements Files {
    static final int MAX_DISPLAY_NAME = 255;
    private static final List<String> UPDATABLE = List.of("displayName", "parentFolderId", "labels");
    /** Read-only fields a field mask may name; Wix ignores them, as it ignores them in the body. */
    private static final List<String> READ_ONLY = List.of("id", "url", "hash", "sizeInBytes", "private", "mediaType",
            "media", "operationStatus", "sourceUrl", "thumbnailUrl", "createdDate", "updatedDate", "siteId", "state");

    private final SiteEngine engine;

    public FileOperations(SiteEngine engine) {
        this.engine = engine;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public FileDescriptor getFileDescriptor(String fileId) {
        new Violations().required("fileId", fileId).maxLength("fileId", fileId, 1000).throwIfAny();
        return engine.read(Operation.GET_FILE_DESCRIPTOR, RequestFacts.files(List.of(fileId)), s -> {
            FileEntry e = engine.requireFile(s, fileId, "fileId");
            engine.noteRead(s, e);
            return e.file;
        });
    }

    @Override
    public List<FileDescriptor> getFileDescriptors(List<String> fileIds) {
        new Violations().minSize("fileIds", fileIds, 1).maxSize("fileIds", fileIds, 100)
                .eachMaxLength("fileIds", fileIds, 1000).throwIfAny();
        return engine.read(Operation.GET_FILE_DESCRIPTORS, RequestFacts.files(fileIds), s -> {
            List<FileDescriptor> out = new ArrayList<>(fileIds.size());
            for (int i = 0; i < fileIds.size(); i++) {
                FileEntry e = engine.requireFile(s, fileIds.get(i), "fileIds[" + i + "]");
                engine.noteRead(s, e);
                out.add(e.file);
            }
            return out;
        });
    }

    @Override
    public List<FileDescriptor> filesAt(String path) {
        new Violations().required("path", path).throwIfAny();
        List<String> segments = new ArrayList<>();
        for (String segment : path.trim().split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            return List.of();
        }
        // a test control, not an API call: no scenario, no read counted
        return engine.read(null, RequestFacts.NONE, s -> {
            List<String> parents = new ArrayList<>(List.of(RootFolder.MEDIA_ROOT.folderId()));
            String first = segments.get(0);
            if (segments.size() > 1 && java.util.Arrays.stream(RootFolder.values())
                    .anyMatch(r -> r != RootFolder.MEDIA_ROOT && r.folderId().equals(first))) {
                parents.add(first);
            }
            for (int i = 0; i < segments.size() - 1; i++) {
                String name = segments.get(i);
                List<String> next = new ArrayList<>();
                for (String parent : parents) {
                    if (i == 0 && parent.equals(first) && !parent.equals(RootFolder.MEDIA_ROOT.folderId())) {
                        next.add(parent); // the root itself is the path's first segment
                        continue;
                    }
                    SortedIndex<FolderEntry> children = s.foldersByParent.get(parent);
                    if (children != null) {
                        for (FolderEntry f : children.all()) {
                            if (!f.trashed && f.folder.displayName().equals(name)) {
                                next.add(f.folder.id());
                            }
                        }
                    }
                }
                parents = next;
            }
            String fileName = segments.get(segments.size() - 1);
            List<FileDescriptor> out = new ArrayList<>();
            for (String parent : parents) {
                SortedIndex<FileEntry> files = s.filesByParent.get(parent);
                if (files != null) {
                    for (FileEntry f : files.all()) {
                        if (!f.trashed && f.file.displayName().equals(fileName)) {
                            out.add(f.file);
                        }
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public FilePage listFiles(ListFilesRequest request) {
        ListFilesRequest r = request == null ? ListFilesRequest.all() : request;
        Cursor spec = listSpec(r, Cursor.Kind.LIST_FILES);
        return engine.read(Operation.LIST_FILES, RequestFacts.folder(spec.parentFolderId()), s ->
                page(s, s.filesByParent.get(spec.parentFolderId()), spec));
    }

    @Override
    public FilePage listDeletedFiles(ListFilesRequest request) {
        ListFilesRequest r = request == null ? ListFilesRequest.all() : request;
        Cursor spec = listSpec(r, Cursor.Kind.LIST_DELETED_FILES);
        return engine.read(Operation.LIST_DELETED_FILES, RequestFacts.folder(spec.parentFolderId()), s ->
                page(s, s.trashedFiles, spec));
    }

    private Cursor listSpec(ListFilesRequest r, Cursor.Kind kind) {
        Violations v = new Violations().maxLength("parentFolderId", r.parentFolderId(), 100);
        Paging.validate(r.paging(), "paging", v);
        v.throwIfAny();
        return Paging.resolve(r.paging(), kind, "paging.cursor", limit -> {
            Paging.checkMediaTypes(r.mediaTypes(), "mediaTypes");
            Cursor sorted = Paging.sorted(kind, r.sort(), SiteState.FILE_SORTS, "sort", SortField.UPDATED_DATE, SortOrder.DESC);
            String parent = r.parentFolderId() == null || r.parentFolderId().isEmpty()
                    ? (kind == Cursor.Kind.LIST_FILES ? SiteEngine.MEDIA_ROOT : null) : r.parentFolderId();
            if (kind == Cursor.Kind.LIST_DELETED_FILES && SiteEngine.TRASH_ROOT.equals(parent)) {
                parent = null; // trashed files show parentFolderId trash-root: asking for it means the whole trash bin
            }
            return Paging.with(sorted, parent, Set.copyOf(r.mediaTypes()), r.isPrivate(), null, null, null, limit);
        });
    }

    @Override
    public FilePage searchFiles(SearchFilesRequest request) {
        SearchFilesRequest r = request == null ? SearchFilesRequest.all() : request;
        Violations v = new Violations().maxLength("search", r.search(), 200);
        Paging.validate(r.paging(), "paging", v);
        v.throwIfAny();
        Cursor spec = Paging.resolve(r.paging(), Cursor.Kind.SEARCH_FILES, "paging.cursor", limit -> {
            Paging.checkMediaTypes(r.mediaTypes(), "mediaTypes");
            Cursor sorted = Paging.sorted(Cursor.Kind.SEARCH_FILES, r.sort(), SiteState.FILE_SORTS, "sort", SortField.UPDATED_DATE, SortOrder.DESC);
            return Paging.with(sorted, null, Set.copyOf(r.mediaTypes()), r.isPrivate(), Paging.searchText(r.search()),
                    r.rootFolder() == null ? RootFolder.MEDIA_ROOT : r.rootFolder(), null, limit);
        });
        return engine.read(Operation.SEARCH_FILES, RequestFacts.NONE, s -> page(s,
                spec.root() == RootFolder.TRASH_ROOT ? s.trashedFiles : s.liveFiles, spec));
    }

    @Override
    public FilePage queryFileDescriptors(CursorQuery query) {
        CursorQuery q = query == null ? CursorQuery.all() : query;
        Violations v = new Violations().maxSize("query.sort", q.sort(), 1);
        Paging.validate(q.cursorPaging(), "query.cursorPaging", v);
        v.throwIfAny();
        Cursor spec = Paging.resolve(q.cursorPaging(), Cursor.Kind.QUERY_FILES, "query.cursorPaging.cursor", limit -> {
            QueryFilter.Condition condition = QueryFilter.parse(q.filter(), QueryFilter.FILE_FIELDS, "query.filter");
            Cursor sorted = Paging.sorted(Cursor.Kind.QUERY_FILES, q.sort().isEmpty() ? null : q.sort().get(0),
                    SiteState.FILE_SORTS, "query.sort[0]", SortField.UPDATED_DATE, SortOrder.DESC);
            return Paging.with(sorted, null, Set.of(), null, null, null, condition, limit);
        });
        return engine.read(Operation.QUERY_FILE_DESCRIPTORS, RequestFacts.NONE, s -> page(s, s.liveFiles, spec));
    }

    private FilePage page(SiteState s, SortedIndex<FileEntry> index, Cursor spec) {
        Paging.Page<FileEntry> page = spec.search() == null ? Paging.page(index, spec, matcher(spec))
                : Paging.page(s.terms.page(index, index == s.trashedFiles, spec, matcher(spec)), spec);
        List<FileDescriptor> files = new ArrayList<>(page.items().size());
        for (FileEntry e : page.items()) {
            engine.noteRead(s, e);
            files.add(e.file);
        }
        return new FilePage(files, page.metadata());
    }

    private static Predicate<FileEntry> matcher(Cursor spec) {
        Predicate<FileEntry> p = e -> true;
        if (spec.kind() == Cursor.Kind.LIST_FILES) {
            p = p.and(e -> !e.trashed); // a trashed folder still indexes its files, but they are deleted ones
        }
        if (spec.kind() == Cursor.Kind.LIST_DELETED_FILES && spec.parentFolderId() != null) {
            String parent = spec.parentFolderId();
            p = p.and(e -> parent.equals(e.trashedFrom != null ? e.trashedFrom : e.file.parentFolderId()));
        }
        if (spec.kind() == Cursor.Kind.SEARCH_FILES && spec.root() != RootFolder.TRASH_ROOT) {
            RootFolder root = spec.root();
            p = p.and(e -> e.root == root);
        }
        if (!spec.mediaTypes().isEmpty()) {
            Set<MediaType> types = spec.mediaTypes();
            p = p.and(e -> types.contains(e.file.mediaType()));
        }
        if (spec.isPrivate() != null) {
            boolean wanted = spec.isPrivate();
            p = p.and(e -> e.file.isPrivate() == wanted);
        }
        if (spec.search() != null) {
            String text = spec.search();
            p = p.and(e -> matchesText(e, text));
        }
        if (spec.condition() != null) {
            QueryFilter.Condition c = spec.condition();
            p = p.and(e -> c.test(field -> switch (field) {
                case "private" -> Boolean.toString(e.file.isPrivate());
                case "mediaType" -> e.file.mediaType().name();
                case "state" -> e.file.state().name();
                default -> null;
            }));
        }
        return p;
    }

    private static boolean matchesText(FileEntry e, String text) {
        if (e.file.displayName().toLowerCase(Locale.ROOT).contains(text)
                || (e.mimeType != null && e.mimeType.contains(text))) {
            return true;
        }
        for (String label : e.file.labels()) {
            if (label.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- import

    @Override
    public FileDescriptor importFile(ImportFileRequest request) {
        ImportPlan plan = planImport(request, "");
        try {
            return engine.write(Operation.IMPORT_FILE, plan.facts(), s -> {
                checkQuota(s, "url");
                return createImported(s, plan).withoutMedia();
            });
        } catch (RuntimeException | Error e) {
            ContentStore.release(plan.fetched()); // the rollback freed it already when a file had taken it; idempotent
            throw e;
        }
    }

    @Override
    public BulkImportFileResponse bulkImportFile(List<ImportFileRequest> requests, Boolean returnEntity) {
        new Violations().minSize("importFileRequests", requests, 1).maxSize("importFileRequests", requests, 100).throwIfAny();
        List<Object> plans = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                plans.add(planImport(requests.get(i), "importFileRequests[" + i + "]."));
            } catch (MediaManagerException e) {
                plans.add(e);
            }
        }
        boolean withEntity = returnEntity == null || returnEntity;
        return engine.write(Operation.BULK_IMPORT_FILE, RequestFacts.NONE, s -> {
            List<BulkImportFileResult> results = new ArrayList<>(plans.size());
            int ok = 0;
            for (int i = 0; i < plans.size(); i++) {
                Object plan = plans.get(i);
                SiteEngine.Mark itemStart = engine.mark(s);
                try {
                    if (plan instanceof MediaManagerException e) {
                        throw e;
                    }
                    checkQuota(s, "importFileRequests[" + i + "].url");
                    FileDescriptor file = createImported(s, (ImportPlan) plan).withoutMedia();
                    results.add(new BulkImportFileResult(new ItemMetadata(file.id(), i, true, null), withEntity ? file : null));
                    ok++;
                } catch (MediaManagerException e) {
                    engine.rollbackTo(s, itemStart); // one bad item fails alone, leaving nothing behind
                    results.add(new BulkImportFileResult(new ItemMetadata(null, i, false, itemError(e)), null));
                }
            }
            return new BulkImportFileResponse(results, new BulkActionMetadata(ok, plans.size() - ok, 0));
        });
    }

    @Override
    public List<FileDescriptor> bulkImportFiles(List<ImportFileRequest> requests) {
        new Violations().minSize("importFileRequests", requests, 1).maxSize("importFileRequests", requests, 100).throwIfAny();
        List<ImportPlan> plans = new ArrayList<>();
        try {
            for (int i = 0; i < requests.size(); i++) {
                plans.add(planImport(requests.get(i), "importFileRequests[" + i + "]."));
            }
            return bulkImportAll(plans);
        } catch (RuntimeException | Error e) {
            plans.forEach(p -> ContentStore.release(p.fetched())); // all or nothing: no fetched bytes stay behind
            throw e;
        }
    }

    private List<FileDescriptor> bulkImportAll(List<ImportPlan> plans) {
        return engine.write(Operation.BULK_IMPORT_FILES, RequestFacts.NONE, s -> {
            checkQuota(s, "importFileRequests");
            for (ImportPlan plan : plans) {
                // every folder must exist before anything, even a folder of a filePath, is created
                engine.requireLiveFolder(s, plan.parentFolderId(), plan.prefix() + "parentFolderId");
            }
            List<FileDescriptor> out = new ArrayList<>();
            for (ImportPlan plan : plans) {
                out.add(createImported(s, plan).withoutMedia());
            }
            return out;
        });
    }

    /** The error of a failed bulk item: the rule name of a per-method error, else INVALID_ARGUMENT with its message. */
    private static ApplicationError itemError(MediaManagerException e) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (e.isValidationError()) {
            List<Object> violations = new ArrayList<>();
            e.fieldViolations().forEach(v -> violations.add(Json.object("field", v.field(), "description", v.description(),
                    "violatedRule", v.violatedRule())));
            data.put("fieldViolations", violations);
        }
        return new ApplicationError(e.code(), e.getMessage(), data);
    }

    /** @param fetched bytes fetched from a loopback URL (opt-in), owned by the plan until a file takes them */
    private record ImportPlan(ImportFileRequest request, String prefix, String displayName,
                              MediaFormats.Format format, String mimeType, String parentFolderId, StoredBytes fetched) {
        RequestFacts facts() {
            return new RequestFacts(parentFolderId, mimeType, List.of(), displayName);
        }
    }

    /** Validates an import request and works out its media type and name, without touching state. */
    private ImportPlan planImport(ImportFileRequest r, String prefix) {
        if (r == null) {
            throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(
                    prefix.isEmpty() ? "request" : prefix.substring(0, prefix.length() - 1), "REQUIRED_FIELD", "is required")));
        }
        Violations v = new Violations()
                .required(prefix + "url", r.url()).minLength(prefix + "url", r.url(), 2).webUrl(prefix + "url", r.url())
                .maxLength(prefix + "displayName", r.displayName(), 1000)
                .maxLength(prefix + "parentFolderId", r.parentFolderId(), 100)
                .maxSize(prefix + "labels", r.labels(), 500).eachMaxLength(prefix + "labels", r.labels(), 200)
                .maxLength(prefix + "mimeType", r.mimeType(), 100)
                .maxLength(prefix + "filePath", r.filePath(), 100);
        validateExternalInfo(r.externalInfo(), prefix + "externalInfo", v);
        if (r.mediaType() != null && !r.mediaType().isConcrete()) {
            v.add(prefix + "mediaType", "VALIDATION", "must be one of IMAGE, VIDEO, AUDIO, DOCUMENT, VECTOR, ARCHIVE, MODEL3D, was " + r.mediaType());
        }
        v.throwIfAny();
        MediaFormats.Format format;
        if (r.mimeType() != null && !r.mimeType().isEmpty()) {
            format = MediaFormats.byMimeType(r.mimeType()).orElseThrow(() -> MediaManagerException.invalidArgument(List.of(
                    dev.fakewix.media.core.FieldViolation.of(prefix + "mimeType", "VALIDATION", "'" + r.mimeType()
                            + "' is not a MIME type the Media Manager accepts (e.g. image/jpeg, video/mp4, application/pdf)"))));
        } else {
            format = MediaFormats.byName(r.displayName()).or(() -> MediaFormats.byName(r.url())).orElseThrow(() ->
                    MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(prefix + "url",
                            "VALIDATION", "cannot determine the media type of '" + Violations.abbreviate(r.url())
                                    + "': the fake never fetches URLs, so give mimeType, or a displayName or url ending in a known extension (e.g. .jpg, .mp4, .pdf)"))));
        }
        boolean vectorized = r.mediaType() == MediaType.VECTOR && format.mediaType() == MediaType.IMAGE;
        if (vectorized) {
            // Wix's bulk-import sample: a raster imported with mediaType VECTOR is traced into an SVG
            format = MediaFormats.byName("x.svg").orElseThrow();
        }
        if (r.mediaType() != null && r.mediaType() != format.mediaType()) {
            throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(prefix + "mediaType",
                    "VALIDATION", "expected " + r.mediaType() + " but the file is " + format.mediaType() + " (" + format.mimeType() + ")")));
        }
        String name = r.displayName() != null && !r.displayName().isBlank() ? r.displayName() : MediaFormats.lastSegment(r.url());
        if (name.isBlank()) {
            name = "file";
        }
        if (vectorized) {
            // vectorArt1 + a .webp url -> vectorArt1.webp.svg: the source's extension, then .svg
            String source = MediaFormats.extensionOf(name).or(() -> MediaFormats.extensionOf(r.url())).orElse("png");
            name = (MediaFormats.extensionOf(name).isPresent() ? name : name + "." + source) + ".svg";
        } else if (MediaFormats.extensionOf(name).isEmpty()) {
            name = name + "." + format.extension();
        }
        name = truncate(name);
        String parent = r.parentFolderId() == null || r.parentFolderId().isEmpty() ? SiteEngine.MEDIA_ROOT : r.parentFolderId();
        StoredBytes fetched = null;
        if (engine.fetchesLoopbackImports() && engine.importContent(r.url()) == null && LoopbackFetch.isLoopback(r.url())) {
            fetched = LoopbackFetch.fetch(engine.config.content(), r.url(), r.urlParams(), r.urlHeaders(),
                    engine.limits().maxFileSizeBytes(), prefix + "url");
        }
        return new ImportPlan(r, prefix, name, format, !vectorized && r.mimeType() != null && !r.mimeType().isEmpty()
                ? r.mimeType().toLowerCase(Locale.ROOT) : format.mimeType(), parent, fetched);
    }

    private static String truncate(String name) {
        return name.length() <= MAX_DISPLAY_NAME ? name : name.substring(0, MAX_DISPLAY_NAME);
    }

    static void validateExternalInfo(ExternalInfo info, String field, Violations v) {
        if (info != null) {
            v.maxLength(field + ".origin", info.origin(), 1000)
                    .maxSize(field + ".externalIds", info.externalIds(), 30)
                    .eachMaxLength(field + ".externalIds", info.externalIds(), 4000);
        }
    }

    private String resolveParent(SiteState s, ImportPlan plan) {
        engine.requireLiveFolder(s, plan.parentFolderId(), plan.prefix() + "parentFolderId");
        String filePath = plan.request().filePath();
        return filePath == null || filePath.isBlank() ? plan.parentFolderId() : engine.ensurePath(s, plan.parentFolderId(), filePath);
    }

    private FileDescriptor createImported(SiteState s, ImportPlan plan) {
        String parent = resolveParent(s, plan);
        RootFolder root = engine.requireLiveFolder(s, parent, plan.prefix() + "parentFolderId");
        ImportFileRequest r = plan.request();
        String ext = MediaFormats.extensionOf(plan.displayName()).filter(e -> MediaFormats.byName("x." + e).isPresent())
                .orElse(plan.format().extension());
        String id = engine.newImportedFileId(s, plan.format().mediaType(), ext);
        // bytes a test registered or served on loopback for this URL (opt-in) make the import real
        StoredBytes registered = engine.importContent(r.url());
        StoredBytes content = registered != null ? engine.config.content().share(registered) : plan.fetched();
        s.undo.push(() -> ContentStore.release(content)); // a rolled-back import frees its copy
        return engine.insertFile(s, new SiteEngine.NewFile(id, plan.displayName(), plan.format().mediaType(),
                plan.mimeType(), parent, root, Boolean.TRUE.equals(r.isPrivate()),
                r.labels() == null ? List.of() : r.labels(), r.externalInfo(), r.url(), content)).file;
    }

    private void checkQuota(SiteState s, String field) {
        long quota = engine.limits().storageQuotaBytes();
        if (s.storageUsed >= quota) {
            throw quotaExceeded(field, s.storageUsed, 0, quota);
        }
    }

    static MediaManagerException quotaExceeded(String field, long used, long adding, long quota) {
        return WixErrorCode.SITE_QUOTA_EXCEEDED.exception(field, "The site's storage quota of " + quota
                        + " bytes is exceeded: " + used + " bytes are used" + (adding > 0 ? " and " + adding + " more were requested" : ""),
                Json.object("quota", Json.object("storage", Long.toString(quota)), "internalCode", "SITE_QUOTA_EXCEEDED"));
    }

    // ---------------------------------------------------------------- update

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file) {
        return updateFileDescriptor(file, List.of());
    }

    @Override
    public FileDescriptor updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
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
            v.required("file.displayName", file.displayName()).maxLength("file.displayName", file.displayName(), MAX_DISPLAY_NAME);
        }
        if (parent) {
            v.required("file.parentFolderId", file.parentFolderId()).maxLength("file.parentFolderId", file.parentFolderId(), 100);
        }
        if (labels) {
            v.maxSize("file.labels", file.labels(), 100).eachMaxLength("file.labels", file.labels(), 200);
        }
        v.throwIfAny();
        return engine.write(Operation.UPDATE_FILE_DESCRIPTOR, new RequestFacts(parent ? file.parentFolderId() : null, null,
                List.of(file.id()), file.displayName()), s -> {
            FileEntry e = engine.requireFile(s, file.id(), "file.id");
            FileDescriptor next = e.file;
            RootFolder root = e.root;
            if (parent && !file.parentFolderId().equals(e.file.parentFolderId())) {
                if (e.trashed) {
                    throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of(
                            "file.parentFolderId", "VALIDATION", "file " + file.id() + " is in the trash bin; restore it before moving it")));
                }
                root = engine.requireLiveFolder(s, file.parentFolderId(), "file.parentFolderId");
                next = next.withParentFolderId(file.parentFolderId());
            }
            if (name) {
                next = next.withDisplayName(file.displayName());
            }
            if (labels) {
                next = next.withLabels(file.labels() == null ? List.of() : file.labels());
            }
            engine.unindexFile(s, e);
            e.file = next.withUpdatedDate(engine.now());
            e.root = root;
            engine.indexFile(s, e);
            engine.fileUpdated(s, e);
            return e.file;
        });
    }

    // ---------------------------------------------------------------- uploads

    @Override
    public String generateFileUploadUrl(GenerateFileUploadUrlRequest r) {
        if (r == null) {
            new Violations().required("mimeType", null).throwIfAny();
        }
        Violations v = new Violations();
        validateExternalInfo(r.externalInfo(), "externalInfo", v);
        v.maxSize("labels", r.labels(), 50);
        UploadPlan plan = planUpload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.labels(), r.filePath(), v);
        return engine.write(Operation.GENERATE_FILE_UPLOAD_URL, plan.facts(), s -> {
            if (r.sizeInBytes() != null) {
                long quota = engine.limits().storageQuotaBytes();
                if (s.storageUsed + r.sizeInBytes() > quota) {
                    throw quotaExceeded("sizeInBytes", s.storageUsed, r.sizeInBytes(), quota);
                }
            }
            SiteState.UploadTicket ticket = issueTicket(s, plan, Boolean.TRUE.equals(r.isPrivate()), r.labels(),
                    r.externalInfo(), false, 86_410_000L);
            return engine.config.transferUrls().get().uploadUrl(sign(ticket, "urn:service:file.upload", null));
        });
    }

    @Override
    public ResumableUploadUrl generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest r) {
        if (r == null) {
            new Violations().required("mimeType", null).throwIfAny();
        }
        Violations v = new Violations().maxSize("labels", r.labels(), 500);
        UploadPlan plan = planUpload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.labels(), r.filePath(), v);
        return engine.write(Operation.GENERATE_FILE_RESUMABLE_UPLOAD_URL, plan.facts(), s -> {
            SiteState.UploadTicket ticket = issueTicket(s, plan, Boolean.TRUE.equals(r.isPrivate()), r.labels(), null,
                    true, 604_810_000L);
            String token = sign(ticket, "urn:service:file.upload", "tus");
            return new ResumableUploadUrl(UploadProtocol.TUS, engine.config.transferUrls().get().resumableUploadUrl(), token);
        });
    }

    private record UploadPlan(String mimeType, MediaFormats.Format format, String fileName, Long sizeInBytes,
                              String parentFolderId, String filePath) {
        RequestFacts facts() {
            return new RequestFacts(parentFolderId, mimeType, List.of(), fileName);
        }
    }

    private UploadPlan planUpload(String mimeType, String fileName, Long size, String parentFolderId, List<String> labels,
                                  String filePath, Violations v) {
        v.required("mimeType", mimeType).maxLength("mimeType", mimeType, 100)
                .maxLength("fileName", fileName, 1000)
                .maxLength("parentFolderId", parentFolderId, 100)
                .eachMaxLength("labels", labels, 200)
                .maxLength("filePath", filePath, 100);
        if (size != null && size < 0) {
            v.add("sizeInBytes", "DECIMAL_GTE", "must be at least 0, was " + size);
        }
        v.throwIfAny();
        MediaFormats.Format format = MediaFormats.byMimeType(mimeType).orElseThrow(() ->
                WixErrorCode.UNSUPPORTED_FILE_FORMAT.exception("mimeType", "'" + mimeType
                        + "' is not a file format the Media Manager accepts", Json.object("requestValue", mimeType)));
        if (fileName != null) {
            MediaFormats.byName(fileName).ifPresent(byName -> {
                if (byName.mediaType() != format.mediaType()) {
                    throw WixErrorCode.MISMATCH_MIME_TYPE.exception("mimeType", "MIME type " + mimeType + " is "
                            + format.mediaType() + " but file name '" + fileName + "' is " + byName.mediaType());
                }
            });
        }
        if (size != null && size == 0) {
            throw WixErrorCode.ZERO_FILE_SIZE.exception("sizeInBytes", "The file is empty (sizeInBytes 0)");
        }
        if (size != null && size > engine.limits().maxFileSizeBytes()) {
            throw WixErrorCode.FILE_SIZE_OVER_LIMIT.exception("sizeInBytes", "The file has " + size
                    + " bytes; the site accepts files of at most " + engine.limits().maxFileSizeBytes() + " bytes");
        }
        String name = fileName == null || fileName.isBlank() ? null : truncate(fileName);
        String parent = parentFolderId == null || parentFolderId.isEmpty() ? SiteEngine.MEDIA_ROOT : parentFolderId;
        return new UploadPlan(mimeType.toLowerCase(Locale.ROOT), format, name, size, parent, filePath);
    }

    private SiteState.UploadTicket issueTicket(SiteState s, UploadPlan plan, boolean isPrivate, List<String> labels,
                                               ExternalInfo externalInfo, boolean resumable, long validityMillis) {
        engine.requireLiveFolder(s, plan.parentFolderId(), "parentFolderId");
        String parent = plan.filePath() == null || plan.filePath().isBlank() ? plan.parentFolderId()
                : engine.ensurePath(s, plan.parentFolderId(), plan.filePath());
        String ext = plan.fileName() == null ? plan.format().extension()
                : MediaFormats.extensionOf(plan.fileName()).filter(e -> MediaFormats.byName("x." + e).isPresent())
                .orElse(plan.format().extension());
        String id = engine.newFileId(s, plan.format().mediaType(), ext);
        SiteState.UploadTicket ticket = new SiteState.UploadTicket(id, plan.fileName(), plan.mimeType(), plan.sizeInBytes(),
                parent, isPrivate, labels == null ? List.of() : labels, externalInfo,
                engine.clock().millis() + validityMillis, resumable,
                resumable ? new ResumableUpload(engine.config.content().newWriter()) : null);
        s.addTicket(ticket);
        return ticket;
    }

    private String sign(SiteState.UploadTicket ticket, String audience, String protocol) {
        long iat = engine.clock().millis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "urn:app:fake-wix-media-manager");
        claims.put("aud", List.of(audience));
        claims.put("iat", iat);
        claims.put("exp", ticket.expiresAtMillis() / 1000);
        claims.put("path", "media/" + ticket.fileId());
        claims.put("acl", ticket.isPrivate() ? "private" : "public");
        claims.put("mimeType", ticket.mimeType());
        claims.put("siteId", engine.siteId);
        if (protocol != null) {
            claims.put("protocol", protocol);
        }
        return engine.config.tokens().sign(claims);
    }

    // ---------------------------------------------------------------- downloads and streaming

    @Override
    public String generateFilesDownloadUrl(List<String> fileIds) {
        new Violations().minSize("fileIds", fileIds, 1).maxSize("fileIds", fileIds, 1000)
                .eachMaxLength("fileIds", fileIds, 1000).throwIfAny();
        return engine.write(Operation.GENERATE_FILES_DOWNLOAD_URL, RequestFacts.files(fileIds), s -> {
            List<FileEntry> files = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < fileIds.size(); i++) {
                FileEntry e = engine.requireFile(s, fileIds.get(i), "fileIds[" + i + "]");
                if (seen.add(e.id())) {
                    files.add(e);
                }
            }
            return Archives.issue(engine, s, Archives.ofFiles(files));
        });
    }

    @Override
    public List<DownloadUrl> generateFileDownloadUrl(GenerateFileDownloadUrlRequest r) {
        if (r == null) {
            new Violations().required("fileId", null).throwIfAny();
        }
        new Violations().required("fileId", r.fileId()).maxLength("fileId", r.fileId(), 1000)
                .maxLength("downloadFileName", r.downloadFileName(), 100)
                .range("expirationInMinutes", r.expirationInMinutes(), 1, 525_600)
                .webUrl("expirationRedirectUrl", r.expirationRedirectUrl())
                .maxSize("assetKeys", r.assetKeys(), 100).eachMaxLength("assetKeys", r.assetKeys(), 100)
                .throwIfAny();
        List<String> keys = r.assetKeys() == null || r.assetKeys().isEmpty() ? List.of("src") : r.assetKeys();
        int minutes = r.expirationInMinutes() == null ? 600 : r.expirationInMinutes();
        return engine.read(Operation.GENERATE_FILE_DOWNLOAD_URL, RequestFacts.files(List.of(r.fileId())), s -> {
            FileEntry e = engine.requireFile(s, r.fileId(), "fileId");
            List<String> valid = MediaFacts.assetKeys(e.file);
            List<DownloadUrl> urls = new ArrayList<>();
            for (String key : keys) {
                if (!valid.contains(key)) {
                    throw WixErrorCode.INVALID_ASSET_KEY.exception("assetKeys", "Asset key '" + key + "' does not exist for "
                                    + e.file.mediaType() + " file " + e.id() + " (" + e.file.operationStatus() + "); valid keys: " + String.join(", ", valid),
                            Json.object("allowedValues", valid, "requestValue", key));
                }
                long iat = engine.clock().millis() / 1000;
                Map<String, Object> claims = new LinkedHashMap<>();
                claims.put("iss", "urn:app:fake-wix-media-manager");
                claims.put("aud", List.of("urn:service:file.download"));
                claims.put("iat", iat);
                claims.put("exp", iat + minutes * 60L + 10);
                claims.put("obj", List.of(List.of(Json.object("path", "/media/" + e.id()))));
                claims.put("dis", Json.object("filename", r.downloadFileName() == null ? e.file.displayName() : r.downloadFileName(),
                        "type", (r.contentDisposition() == ContentDisposition.INLINE ? "inline" : "attachment")));
                claims.put("siteId", engine.siteId);
                claims.put("assetKey", key);
                if (r.expirationRedirectUrl() != null) {
                    claims.put("redirectUrl", r.expirationRedirectUrl());
                }
                urls.add(new DownloadUrl(engine.config.transferUrls().get().downloadUrl(e.id(), key,
                        engine.config.tokens().sign(claims)), key));
            }
            return urls;
        });
    }

    @Override
    public DownloadUrl generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest r) {
        if (r == null) {
            new Violations().required("fileId", null).throwIfAny();
        }
        new Violations().required("fileId", r.fileId()).maxLength("fileId", r.fileId(), 1000)
                .range("expirationInMinutes", r.expirationInMinutes(), 60, 1440).throwIfAny();
        return engine.read(Operation.GENERATE_VIDEO_STREAMING_URL, RequestFacts.files(List.of(r.fileId())), s -> {
            FileEntry e = engine.requireFile(s, r.fileId(), "fileId");
            if (e.file.mediaType() != MediaType.VIDEO) {
                throw MediaManagerException.invalidArgument(List.of(dev.fakewix.media.core.FieldViolation.of("fileId",
                        "VALIDATION", "file " + e.id() + " is " + e.file.mediaType() + "; only VIDEO files can be streamed")));
            }
            StreamFormat format = r.format() == null || r.format() == StreamFormat.UNKNOWN ? StreamFormat.HLS : r.format();
            return new DownloadUrl(engine.config.transferUrls().get().streamingUrl(e.id(), format), format.name());
        });
    }

    // ---------------------------------------------------------------- trash

    @Override
    public void bulkDeleteFiles(List<String> fileIds, boolean permanent) {
        List<String> ids = fileIds == null ? List.of() : fileIds;
        new Violations().maxSize("fileIds", ids, 1000).eachMaxLength("fileIds", ids, 1000).throwIfAny();
        engine.write(Operation.BULK_DELETE_FILES, RequestFacts.files(ids), s -> {
            List<FileEntry> entries = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                entries.add(engine.requireFile(s, ids.get(i), "fileIds[" + i + "]"));
            }
            for (FileEntry e : entries) {
                if (s.files.get(e.id()) != e) {
                    continue; // listed twice
                }
                if (permanent) {
                    engine.purgeFile(s, e);
                    engine.fileDeleted(s, e.id(), false);
                } else if (!e.trashed) {
                    trashDirectly(s, e);
                    engine.fileDeleted(s, e.id(), true);
                }
            }
            return null;
        });
    }

    void trashDirectly(SiteState s, FileEntry e) {
        engine.unindexFile(s, e);
        e.trashedFrom = e.file.parentFolderId();
        e.trashed = true;
        e.file = e.file.withParentFolderId(SiteEngine.TRASH_ROOT);
        engine.indexFile(s, e);
    }

    @Override
    public void bulkRestoreFilesFromTrashBin(List<String> fileIds) {
        List<String> ids = fileIds == null ? List.of() : fileIds;
        new Violations().maxSize("fileIds", ids, 1000).eachMaxLength("fileIds", ids, 1000).throwIfAny();
        engine.write(Operation.BULK_RESTORE_FILES_FROM_TRASH_BIN, RequestFacts.files(ids), s -> {
            List<FileEntry> entries = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                entries.add(engine.requireFile(s, ids.get(i), "fileIds[" + i + "]"));
            }
            for (FileEntry e : entries) {
                if (e.trashed) {
                    restore(s, e);
                }
            }
            return null;
        });
    }

    /**
     * Brings a trashed file back: to the folder it was deleted from when that folder is live, else to media-root
     * (the folder was permanently deleted, or is itself in the trash bin).
     */
    void restore(SiteState s, FileEntry e) {
        String original = e.trashedFrom != null ? e.trashedFrom : e.file.parentFolderId();
        FolderEntry folder = s.folders.get(original);
        boolean originalLive = SiteEngine.MEDIA_ROOT.equals(original) || SiteEngine.VISITOR_UPLOADS.equals(original)
                || (folder != null && !folder.trashed);
        String target = originalLive ? original : SiteEngine.MEDIA_ROOT;
        engine.unindexFile(s, e);
        e.trashed = false;
        e.trashedFrom = null;
        e.root = SiteEngine.VISITOR_UPLOADS.equals(target) ? RootFolder.VISITOR_UPLOADS_ROOT
                : folder != null && originalLive ? folder.root : RootFolder.MEDIA_ROOT;
        e.file = e.file.withParentFolderId(target);
        engine.indexFile(s, e);
        if (e.file.operationStatus() == dev.fakewix.media.core.model.OperationStatus.READY) {
            engine.ready(s, e, true);
        } else {
            engine.fileUpdated(s, e);
        }
    }
}
