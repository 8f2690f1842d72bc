package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.internal.util.TimeBounds;
import dev.fakewix.media.core.model.RootFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks a whole {@link SiteSnapshot} before a site takes it, so that no snapshot can break the site on its next use:
 * ids present and unique, dates present, in range and in order, every parent a root or a folder of the snapshot, no
 * folder its own ancestor, sizes of {@code -1} (unknown) or more. Every problem is reported, in one
 * {@code INVALID_ARGUMENT} whose fields name the item ({@code files[3].file.createdDate}), as the HTTP import shows it.
 *
 * <pre>{@code
 * SnapshotCheck.requireValid(snapshot); // throws MediaManagerException listing every problem
 * }</pre>
 *
 * <p>Linear in the snapshot's size. At most {@value #MAX_REPORTED} problems are listed (a broken file of a million
 * items should not answer a million violations); the last one says how many more there were.
 */
@API(status = API.Status.INTERNAL)
public final class SnapshotCheck {
    static final int MAX_REPORTED = 100;
    private static final Set<String> ROOTS = Set.of(
            RootFolder.MEDIA_ROOT.folderId(),
            RootFolder.TRASH_ROOT.folderId(),
            RootFolder.VISITOR_UPLOADS_ROOT.folderId());

    private final List<FieldViolation> problems = new ArrayList<>();
    private int more;

    private SnapshotCheck() {}

    /** Throws a 400 {@link MediaManagerException} listing every problem of {@code snapshot}; returns when it has none. */
    public static void requireValid(SiteSnapshot snapshot) {
        SnapshotCheck check = new SnapshotCheck();
        check.check(snapshot);
        if (!check.problems.isEmpty()) {
            if (check.more > 0) {
                check.problems.add(FieldViolation.of("", "VALIDATION", "and " + check.more + " more problems"));
            }
            throw MediaManagerException.invalidArgument(check.problems);
        }
    }

    private void check(SiteSnapshot s) {
        if (s.siteId().isBlank()) {
            problem("siteId", "REQUIRED_FIELD", "must not be blank");
        }
        if (s.idCounter() < 0) {
            problem("idCounter", "MIN", "must be at least 0, was " + s.idCounter());
        }
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Integer> folderIndex = new HashMap<>();
        for (int i = 0; i < s.folders().size(); i++) {
            var f = s.folders().get(i).folder();
            String at = "folders[" + i + "].folder.";
            if (f.id().isBlank()) {
                problem(at + "id", "REQUIRED_FIELD", "must not be blank");
            } else if (ROOTS.contains(f.id())) {
                problem(at + "id", "VALIDATION", "'" + f.id() + "' is a root folder, which no snapshot holds");
            } else if (folderIndex.putIfAbsent(f.id(), i) != null) {
                problem(
                        at + "id",
                        "VALIDATION",
                        "'" + f.id() + "' is also the id of folders[" + folderIndex.get(f.id()) + "]");
            } else {
                parentOf.put(f.id(), f.parentFolderId());
            }
            dates(at, f.createdDate(), f.updatedDate());
        }
        for (int i = 0; i < s.folders().size(); i++) {
            var f = s.folders().get(i).folder();
            parent("folders[" + i + "].folder.parentFolderId", f.parentFolderId(), parentOf);
        }
        cycles(s, parentOf);
        Set<String> fileIds = new HashSet<>();
        Map<String, Integer> fileIndex = new HashMap<>();
        for (int i = 0; i < s.files().size(); i++) {
            var stored = s.files().get(i);
            var f = stored.file();
            String at = "files[" + i + "].file.";
            if (f.id().isBlank()) {
                problem(at + "id", "REQUIRED_FIELD", "must not be blank");
            } else if (!fileIds.add(f.id())) {
                problem(
                        at + "id",
                        "VALIDATION",
                        "'" + f.id() + "' is also the id of files[" + fileIndex.get(f.id()) + "]");
            } else {
                fileIndex.put(f.id(), i);
            }
            dates(at, f.createdDate(), f.updatedDate());
            parent(at + "parentFolderId", f.parentFolderId(), parentOf);
            if (f.sizeInBytes() < -1) {
                problem(at + "sizeInBytes", "MIN", "must be -1 (unknown) or more, was " + f.sizeInBytes());
            }
        }
    }

    private void dates(String at, Instant created, Instant updated) {
        boolean createdOk = date(at + "createdDate", created);
        boolean updatedOk = date(at + "updatedDate", updated); // checked even when createdDate is not: every problem
        if (createdOk && updatedOk && updated.isBefore(created)) {
            problem(
                    at + "updatedDate",
                    "VALIDATION",
                    "must not be before createdDate (" + created + "), was " + updated);
        }
    }

    private boolean date(String field, Instant value) {
        if (value == null) {
            problem(field, "REQUIRED_FIELD", "is required (an ISO-8601 instant such as 2024-01-01T10:00:00.000Z)");
            return false;
        }
        if (value.isBefore(TimeBounds.EARLIEST) || value.isAfter(TimeBounds.LATEST)) {
            problem(
                    field,
                    "VALIDATION",
                    "must be between " + TimeBounds.EARLIEST + " and " + TimeBounds.LATEST + ", was " + value);
            return false;
        }
        return true;
    }

    private void parent(String field, String parentId, Map<String, String> folders) {
        if (parentId == null || parentId.isBlank()) {
            problem(
                    field,
                    "REQUIRED_FIELD",
                    "is required: a folder id of the snapshot or a root (" + String.join(", ", sorted(ROOTS)) + ")");
        } else if (!ROOTS.contains(parentId) && !folders.containsKey(parentId)) {
            problem(field, "VALIDATION", "'" + parentId + "' is neither a folder of the snapshot nor a root");
        }
    }

    /** Walks up from each folder once (memoised), so a cycle is found in linear time and reported once per folder on it. */
    private void cycles(SiteSnapshot s, Map<String, String> parentOf) {
        Map<String, Boolean> reachesRoot = new HashMap<>();
        for (int i = 0; i < s.folders().size(); i++) {
            String start = s.folders().get(i).folder().id();
            if (!parentOf.containsKey(start) || reachesRoot.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Set<String> onPath = new HashSet<>();
            String current = start;
            Boolean outcome = null;
            while (outcome == null) {
                if (current == null || !parentOf.containsKey(current)) {
                    outcome = Boolean.TRUE; // a root, or a missing parent (reported already)
                } else if (reachesRoot.containsKey(current)) {
                    outcome = reachesRoot.get(current);
                } else if (!onPath.add(current)) {
                    outcome = Boolean.FALSE;
                } else {
                    path.add(current);
                    current = parentOf.get(current);
                }
            }
            for (String id : path) {
                reachesRoot.put(id, outcome);
            }
        }
        for (int i = 0; i < s.folders().size(); i++) {
            String id = s.folders().get(i).folder().id();
            if (Boolean.FALSE.equals(reachesRoot.get(id))) {
                problem(
                        "folders[" + i + "].folder.parentFolderId",
                        "VALIDATION",
                        "folder '" + id + "' is its own ancestor (its parents form a cycle)");
            }
        }
    }

    private void problem(String field, String rule, String description) {
        if (problems.size() < MAX_REPORTED) {
            problems.add(FieldViolation.of(field, rule, description));
        } else {
            more++;
        }
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
