package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.fail;

import dev.fakewix.media.client.Endpoint;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Contract tests that fail on purpose after creating things, for {@link SuiteSelfTest} (run through the JUnit Platform
 * test kit). Not a test of its own: the name keeps surefire away, and it runs only with {@code contract.selfTest=true}.
 */
@ExtendWith(CleanupAfterFailureFixture.OnlyInSelfTest.class)
class CleanupAfterFailureFixture {

    static final class OnlyInSelfTest implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter("contract.selfTest")
                            .map(Boolean::parseBoolean)
                            .orElse(false)
                    ? ConditionEvaluationResult.enabled("self-test")
                    : ConditionEvaluationResult.disabled("only for SuiteSelfTest");
        }
    }

    @ContractTest
    @FakeOnly(reason = "fails on purpose, to prove the cleanup")
    @Exercises(Endpoint.CREATE_FOLDER)
    void failsAfterCreatingFilesAndFolders(ContractSession wix) {
        String nested = wix.client()
                .createFolder("nested", wix.folderId())
                .path("folder")
                .path("id")
                .asString();
        wix.importPng("imported", fields("parentFolderId", nested));
        wix.uploadPng("uploaded.png", fields("filePath", "/made/by/path"));
        wix.client()
                .bulkImportFile(
                        List.of(fields("url", wix.importUrl(), "mimeType", "image/png", "parentFolderId", nested)),
                        true);
        String trashed = wix.readyPng("trashed.png").path("id").asString();
        wix.client().bulkDeleteFiles(List.of(trashed), false);
        fail("failing on purpose after creating 4 files and 4 folders");
    }

    @ContractTest
    @DerivedFromDocs(page = "two markers on purpose")
    @FakeOnly(reason = "two markers on purpose")
    @Exercises(Endpoint.LIST_FILES)
    void hasTwoProvenanceMarkers(ContractSession wix) {
        wix.client().listFiles(fields("parentFolderId", wix.folderId()));
    }

    @ContractTest
    @Exercises(Endpoint.LIST_FILES)
    void hasNoProvenanceMarker(ContractSession wix) {
        wix.client().listFiles(fields("parentFolderId", wix.folderId()));
    }

    @ContractTest
    @FakeOnly(reason = "claims an endpoint it never calls, on purpose")
    @Exercises({Endpoint.LIST_FILES, Endpoint.QUERY_FOLDERS})
    void claimsMoreThanItDoes(ContractSession wix) {
        wix.client().listFiles(fields("parentFolderId", wix.folderId()));
    }
}
