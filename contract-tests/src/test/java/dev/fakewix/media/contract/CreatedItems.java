package dev.fakewix.media.contract;

import dev.fakewix.media.client.Exchange;
import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The files and folders one test created, read off the answers its client got (createFolder, the imports, uploads),
 * so that {@link #deletePermanently(MediaManagerClient)} can remove exactly those, and nothing else, for good.
 * Folders a {@code filePath} creates sit inside the test's own folder and go with it.
 */
final class CreatedItems implements Consumer<Exchange> {
    /** Bulk deletes take up to 100 folder ids (and 1000 file ids); one size keeps it simple. */
    private static final int BATCH = 100;

    private final Set<String> files = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> folders = Collections.synchronizedList(new ArrayList<>());

    /** What a cleanup removed. */
    record Cleanup(int files, int folders) {
        @Override
        public String toString() {
            return "deleted permanently " + files + " file(s) and " + folders + " folder(s)";
        }
    }

    @Override
    public void accept(Exchange exchange) {
        if (exchange.status() != 200 || exchange.response() == null) {
            return;
        }
        JsonNode r = exchange.response();
        if (exchange.endpoint() == null) { // an upload to an upload URL
            addFile(r.path("file"));
            return;
        }
        switch (exchange.endpoint()) {
            case CREATE_FOLDER -> addFolder(r.path("folder"));
            case IMPORT_FILE -> addFile(r.path("file"));
            case BULK_IMPORT_FILES -> r.path("files").forEach(this::addFile);
            case BULK_IMPORT_FILE -> {
                for (JsonNode result : r.path("results")) {
                    if (result.path("itemMetadata").path("success").asBoolean(false)) {
                        addId(files, result.path("itemMetadata").path("id"));
                    }
                }
            }
            default -> {}
        }
    }

    void addFolderId(String id) {
        folders.add(id);
    }

    private void addFile(JsonNode file) {
        addId(files, file.path("id"));
    }

    private void addFolder(JsonNode folder) {
        addId(folders, folder.path("id"));
    }

    private static void addId(Collection<String> into, JsonNode id) {
        if (id.isString() && !id.asString().isEmpty()) {
            into.add(id.asString());
        }
    }

    /**
     * Deletes for good every recorded file, then every recorded folder (newest first). Items the test already deleted
     * for good are no error. Returns what was removed; throws the first other failure after trying everything.
     */
    Cleanup deletePermanently(MediaManagerClient client) {
        List<String> fileIds;
        List<String> folderIds;
        synchronized (files) {
            fileIds = new ArrayList<>(files);
            files.clear();
        }
        synchronized (folders) {
            folderIds = new ArrayList<>(folders);
            folders.clear();
        }
        Collections.reverse(folderIds);
        List<RuntimeException> failures = new ArrayList<>();
        int deletedFiles = delete(fileIds, ids -> client.bulkDeleteFiles(ids, true), failures);
        int deletedFolders = delete(folderIds, ids -> client.bulkDeleteFolders(ids, true), failures);
        if (!failures.isEmpty()) {
            IllegalStateException e = new IllegalStateException(
                    "cleanup left something behind: " + failures.get(0).getMessage());
            failures.forEach(e::addSuppressed);
            throw e;
        }
        return new Cleanup(deletedFiles, deletedFolders);
    }

    private static int delete(List<String> ids, Consumer<List<String>> bulkDelete, List<RuntimeException> failures) {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                bulkDelete.accept(batch);
                deleted += batch.size();
            } catch (MediaManagerApiException batchFailure) {
                // One id already gone fails the whole batch: retry one by one, ignoring those.
                for (String id : batch) {
                    try {
                        bulkDelete.accept(List.of(id));
                        deleted++;
                    } catch (MediaManagerApiException e) {
                        if (!e.code().equals("RESOURCE_NOT_FOUND")) {
                            failures.add(e);
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return deleted;
    }
}
