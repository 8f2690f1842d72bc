package dev.fakewix.media.core.internal.fidelity;

import org.apiguardian.api.API;

/**
 * The guessed behaviours of the fake, one constant per guess line of the fidelity ledger
 * ({@code docs/fidelity/ledger.json}, rendered as {@code docs/fidelity.md}): what the fake does where Wix's published
 * pages say nothing. The code that decides each one carries {@link Decides} with its constant, so the ledger line and
 * the code find each other:
 * <pre>{@code
 * @Decides(Guess.DEFAULT_PAGE_SIZE)
 * static final int DEFAULT_LIMIT = 50;
 * }</pre>
 * {@code FidelityLedgerTest} keeps this enum and the ledger in step: every constant's id is a guess line of the ledger,
 * every guess line (except those marked documentation-only) has a constant, and every constant is named by code
 * outside this file, and, when a request can meet it, recorded there with {@link Reliance#met} ("what your tests
 * relied on"). Ids never change once assigned; a guess that a page or a real-API run settles leaves this enum.
 */
@API(status = API.Status.INTERNAL)
public enum Guess {
    VIOLATION_VOCABULARY("G-002"),
    ALL_VIOLATIONS_AT_ONCE("G-003"),
    BULK_ITEM_ERROR_SHAPE("G-004"),
    UPDATE_CHECKS_ID_BEFORE_FIELD_MASK("G-005"),
    STANDARD_ERROR_STATUSES("G-006"),
    UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND("G-007"),
    FOLDER_SORT_FIELDS_CHECKED("G-008"),
    BULK_IMPORT_FILES_ALL_OR_NOTHING("G-010"),
    BULK_DELETE_RESTORE_ALL_OR_NOTHING("G-011"),
    JETTY_ERRORS_IN_API_SHAPE("G-012"),
    QUERY_KEY_DEPTH_LIMIT("G-013"),
    SCRIPTED_ERROR_DESCRIPTION("G-015"),
    SCRIPTED_FAULT_DECIDED_AT_CORE("G-016"),
    SCRIPTED_ERROR_FIELD("G-017"),
    AUDIO_AND_3D_IDS_AND_URLS("G-019"),
    VECTOR_FINAL_ID("G-021"),
    MEDIA_URL_AS_FILE_ID("G-022"),
    TRANSFER_URLS_ON_FAKE_SERVER("G-023"),
    UPLOAD_ANSWER_PENDING_UNLESS_IMMEDIATE("G-026"),
    DEFAULT_READINESS_IMMEDIATE("G-027"),
    READY_KEEPS_UPDATED_DATE("G-028"),
    IMPORTS_NEVER_FETCHED("G-029"),
    LOOPBACK_IMPORT_FETCH("G-030"),
    RASTER_AS_VECTOR_NAME("G-031"),
    VECTOR_MEDIA_KEY("G-032"),
    MEDIA_FILENAME_KEEPS_ORIGINAL("G-033"),
    RESTORE_READY_FIRES_FILE_READY("G-034"),
    IMPORT_TYPE_UNKNOWN_REFUSED("G-035"),
    IMPORT_TYPE_CONFLICT_REFUSED("G-036"),
    DISPLAY_NAME_EXTENSION_APPENDED("G-037"),
    FILE_PATH_SEGMENTS("G-038"),
    IMPORT_QUOTA("G-039"),
    DEFAULT_LIMITS("G-040"),
    STREAMING_URL_FOR_VIDEOS("G-041"),
    DOWNLOAD_ASSET_KEYS("G-042"),
    PRIVATE_FIXED_AT_CREATION("G-043"),
    FIELD_MASK_SEMANTICS("G-045"),
    TRASHED_ITEM_UPDATES("G-046"),
    UPDATE_SETS_UPDATED_DATE("G-047"),
    FOLDER_TRASHED_WITH_SUBTREE("G-049"),
    LIST_DELETED_WITHOUT_PARENT("G-050"),
    RESTORE_TO_MEDIA_ROOT("G-051"),
    TRASHED_FOLDER_LISTS_EMPTY("G-052"),
    LIST_DELETED_TRASH_ROOT("G-053"),
    TRASHED_FILES_DOWNLOADABLE("G-054"),
    TRASHED_FOLDER_STATE_OK("G-055"),
    /** Not per request: the fake's own test API (PendingFile, snapshots, assertions). */
    TRASHED_FOLDER_DISPLAY_PATH("G-056", false),
    DEFAULT_PAGE_SIZE("G-059"),
    SORT_DEFAULTS("G-060"),
    SORT_TIE_BREAKS("G-061"),
    CURSOR_CARRIES_QUERY("G-062"),
    KEYSET_PAGING("G-063"),
    FOREIGN_CURSOR_REFUSED("G-064"),
    MISSING_FOLDER_LISTS_EMPTY("G-065"),
    SEARCH_TEXT_MATCH("G-066"),
    SEARCH_ROOTS("G-067"),
    QUERY_SPANS_LIVE_ITEMS("G-068"),
    QUERY_FILTER_FIELDS("G-069"),
    ROOT_FOLDER_NAMES("G-070"),
    /** Not per request: no client can check a token's signature, at Wix or here. */
    TOKEN_SIGNING_SECRET("G-072", false),
    UPLOAD_URL_SINGLE_USE("G-073"),
    REFUSED_UPLOAD_KEEPS_URL("G-074"),
    UPLOAD_CONTENT_TYPE_MISMATCH("G-075"),
    IMPORTED_FILE_PLACEHOLDER_BYTES("G-077"),
    TUS_UPLOAD_TOKEN_METADATA("G-079"),
    TUS_SIZE_LIMITS("G-081"),
    TUS_ERROR_STATUSES("G-082"),
    /** Not per request: memory housekeeping on the fake clock, after the requests. */
    TUS_ABANDONED_UPLOADS("G-083", false),
    DETECTED_TYPE_NEW_ID("G-085"),
    /** Not per request: where bytes live, not what an answer says. */
    CONTENT_MEMORY_BUDGET("G-086", false),
    JSON_BODY_LIMIT("G-087"),
    ARCHIVE_ENTRY_NAMES("G-089"),
    ARCHIVE_URL_EXPIRY("G-090"),
    PRIVATE_THUMBNAILS("G-092"),
    /** Not per request: a test control (lifecycle().pendingFileIds()). */
    PENDING_ORDER("G-093", false),
    /** Not per request: the journal itself. */
    JOURNAL_WALL_CLOCK_LATENCY("G-095", false),
    /** Not per request: a test control (MediaSite.useClock). */
    SITE_CLOCK_SWITCH("G-096", false),
    EVENT_IDS_DETERMINISTIC("G-098"),
    EVENT_DELIVERY_THREADS("G-099"),
    WEBHOOK_JWT_KID_AND_EXPIRY("G-103"),
    WEBHOOK_CONTENT_TYPE("G-104"),
    WEBHOOK_IDENTITY("G-105"),
    FILE_UPDATED_DELETED_EVENTS("G-106"),
    FOLDER_EVENTS("G-107"),
    FILE_UPDATED_BODY("G-108"),
    NO_EVENTS_FOR_ROLLED_BACK_WRITES("G-109"),
    WEBHOOK_RETRIES("G-110"),
    /** Not per request: decided when a receiver subscribes. */
    WEBHOOK_LOOPBACK_ONLY("G-111", false),
    /** Not per request: configuration of the fake. */
    WEBHOOK_DEFAULT_KEY("G-112", false),
    FORMAT_MIME_TYPES("G-114"),
    FORMATS_BEYOND_UPLOAD_LIST("G-115"),
    FONT_FILES("G-116"),
    FONTS_UNLISTED("G-117"),
    LOTTIE_JSON_DOCUMENT("G-118"),
    OCTET_STREAM_UPLOAD_URL("G-119"),
    QUERY_STRING_BOOLEANS("G-120"),
    NO_GET_FILE_BY_PATH_ID("G-121"),
    QUERY_FILTER_BY_ID("G-122"),
    WEBHOOK_ACCOUNT_ID("G-123"),
    CDN_SERVES_READY_FILES("G-125"),
    CDN_SERVES_TRASHED_FILES("G-126"),
    CDN_TRANSFORMS_SERVE_ORIGINAL("G-127"),
    CDN_RENDITIONS_SERVE_UPLOAD("G-128"),
    CDN_IMAGE_PLACEHOLDERS("G-129"),
    CDN_POSTER_AND_GENERIC_THUMBNAILS("G-130"),
    CDN_NO_BYTES_NOT_FOUND("G-131"),
    WIX_HOSTS_UNKNOWN_PATH_404("G-132"),
    CDN_RESPONSE_HEADERS("G-133"),
    TUS_LOCATION_FROM_CREATING_URL("G-134"),
    SDK_PROXY_PATH_ALIAS("G-135"),
    TRANSFER_URLS_ON_HTTPS_PORT("G-136"),
    TLS_UNKNOWN_SERVER_NAME("G-137"),
    STALLED_BODY_IS_REQUEST_TIMEOUT("G-138"),
    JSON_BODIES_IN_FLIGHT("G-139"),
    RESUMABLE_UPLOADS_PER_SITE("G-140"),
    ARCHIVE_LISTS_KEPT("G-141"),
    /** Not per request: the webhook worker's delivery, after the request that caused the event. */
    WEBHOOK_ATTEMPTS_ABANDONED("G-142", false),
    /** Not per request: a test's setup (a subscription), not a request of the code under test. */
    WEBHOOK_SUBSCRIPTIONS_PER_SITE("G-143", false),
    /** Not per request: the fake's own state import, an admin call. */
    STATE_IMPORT_STREAMED("G-144", false);

    private final String id;
    private final boolean perRequest;

    Guess(String id) {
        this(id, true);
    }

    Guess(String id, boolean perRequest) {
        this.id = id;
        this.perRequest = perRequest;
    }

    /** The ledger id, e.g. {@code G-059}. */
    public String id() {
        return id;
    }

    /**
     * Whether a request meets it: then the code that decides it also records it ({@link Reliance#met}) on the path
     * where it shapes the answer. The few that configuration or a test control decide say why not.
     */
    public boolean perRequest() {
        return perRequest;
    }
}
