package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.ApplicationError;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The Java face of the one validation pass: every constraint violation of a request in one error, state checks
 * after it, and a failure's one {@link ApplicationError} value (what a bulk item carries).
 */
class ValidationPassTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    @Test
    void everyConstraintViolationOfARequestIsReportedInOneError() {
        MediaManagerException e = thrownBy(() -> files.generateFileDownloadUrl(
                new GenerateFileDownloadUrlRequest("", "d".repeat(101), 0, "ftp://x", null, null)));
        assertThat(e.fieldViolations())
                .extracting(FieldViolation::field, FieldViolation::violatedRule)
                .containsExactly(
                        Tuple.tuple("fileId", "REQUIRED_FIELD"),
                        Tuple.tuple("downloadFileName", "MAX_LENGTH"),
                        Tuple.tuple("expirationInMinutes", "MIN"),
                        Tuple.tuple("expirationRedirectUrl", "FORMAT"));
    }

    @Test
    void aBulkImportOfAllOrNothingReportsTheViolationsOfEveryItemTogether() {
        MediaManagerException e = thrownBy(() -> files.bulkImportFiles(List.of(
                ImportFileRequest.of("https://example.com/a.jpg"),
                ImportFileRequest.of("ftp://example.com/b.jpg"),
                ImportFileRequest.of("https://example.com/c.jpg").withDisplayName("n".repeat(1001)))));
        assertThat(e.fieldViolations())
                .extracting(FieldViolation::field)
                .containsExactly("importFileRequests[1].url", "importFileRequests[2].displayName");
        assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    @Test
    void aMissingFileIdIsTheCoresRequiredFieldViolationAsOverHttp() {
        MediaManagerException e = thrownBy(() -> files.updateFileDescriptor(new FileUpdate(null, "x.jpg", null, null)));
        assertThat(e.fieldViolations())
                .singleElement()
                .isEqualTo(FieldViolation.of("file.id", "REQUIRED_FIELD", "is required"));
    }

    @Test
    void aMissingFileIdComesBeforeNothingToUpdate() {
        MediaManagerException e = thrownBy(() -> files.updateFileDescriptor(FileUpdate.of("")));
        assertThat(e.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(e.fieldViolations()).extracting(FieldViolation::field).containsExactly("file.id");
    }

    @Test
    void stateChecksComeAfterTheConstraints() {
        MediaManagerException e =
                thrownBy(() -> files.updateFileDescriptor(FileUpdate.of("nope").withDisplayName("")));
        assertThat(e.fieldViolations()).extracting(FieldViolation::field).containsExactly("file.displayName");
    }

    @Test
    void aValidationErrorAsAnApplicationErrorKeepsEveryFieldOfItsViolations() {
        MediaManagerException e =
                WixErrorCode.UNSUPPORTED_SORT_VALUE.exception("sort.fieldName", "no", Map.of("requestValue", "hash"));
        ApplicationError error = e.applicationError();
        assertThat(error.code()).isEqualTo("UNSUPPORTED_SORT_VALUE");
        assertThat(error.description()).isEqualTo("no");
        assertThat(error.data())
                .isEqualTo(Map.of(
                        "fieldViolations",
                        List.of(Map.of(
                                "field",
                                "sort.fieldName",
                                "description",
                                "no",
                                "violatedRule",
                                "OTHER",
                                "ruleName",
                                "UNSUPPORTED_SORT_VALUE",
                                "data",
                                Map.of("requestValue", "hash")))));
    }

    @Test
    void aBulkItemFailingARuleCarriesTheSameApplicationErrorAsTheExceptionWould() {
        fake.site().scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));
        MediaManagerException alone =
                thrownBy(() -> files.importFile(ImportFileRequest.of("https://example.com/a.jpg")));
        BulkImportFileResponse bulk =
                files.bulkImportFile(List.of(ImportFileRequest.of("https://example.com/a.jpg")), true);
        ApplicationError item = bulk.results().get(0).itemMetadata().error();
        assertThat(item.code()).isEqualTo("SITE_QUOTA_EXCEEDED");
        @SuppressWarnings("unchecked")
        Map<String, Object> violation = ((List<Map<String, Object>>) item.data().get("fieldViolations")).get(0);
        assertThat(violation)
                .containsEntry("field", "importFileRequests[0].url")
                .containsEntry("ruleName", "SITE_QUOTA_EXCEEDED")
                .containsEntry("data", alone.fieldViolations().get(0).data());
    }

    @Test
    void aStandardErrorAsAnApplicationErrorIsUnchanged() {
        assertThat(MediaManagerException.standard(WixErrorCode.UNAVAILABLE, "down")
                        .applicationError())
                .isEqualTo(ApplicationError.of("UNAVAILABLE", "down"));
    }
}
