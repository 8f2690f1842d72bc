package dev.fakewix.media.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/contract-report.md} is what {@link ContractReport} writes from the tests as they are now, and the suite
 * reaches its coverage goals. Regenerate the page with {@value ContractReport#COMMAND}.
 */
class ContractReportTest {
    private static final Path REPORT = Path.of(System.getProperty("contract.reportFile", "../docs/contract-report.md"));
    private static final Path SNAPSHOTS =
            Path.of(System.getProperty("contract.snapshotDir", "src/test/resources/contract/snapshots"));

    @Test
    void theReportInTheTreeIsUpToDate() throws IOException {
        String generated = ContractReport.generate(ContractCatalogue.entries(), SNAPSHOTS);
        if (Boolean.getBoolean("contract.report.write")) {
            Files.writeString(REPORT, generated);
        }

        assertThat(Files.exists(REPORT))
                .as("%s exists; write it with: %s", REPORT, ContractReport.COMMAND)
                .isTrue();
        assertThat(Files.readString(REPORT))
                .as("%s is out of date; regenerate it with: %s", REPORT, ContractReport.COMMAND)
                .isEqualTo(generated);
    }

    @Test
    void everyEndpointHasItsSuccessPathCovered() {
        Set<Endpoint> covered = EnumSet.noneOf(Endpoint.class);
        ContractCatalogue.entries().forEach(e -> covered.addAll(e.exercises()));

        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered)))
                .as("endpoints no contract test @Exercises")
                .isEmpty();
    }

    @Test
    void everyDocumentedErrorCodeIsCovered() {
        assertThat(ContractCatalogue.DOCUMENTED_CODES)
                .as("documented (method, code) pairs no contract test provokes")
                .allSatisfy(code -> assertThat(ContractCatalogue.entries())
                        .anySatisfy(e -> assertThat(e.errors()).contains(code)));
    }

    @Test
    void everyContractTestHasExactlyOneProvenanceMarkerAndSaysWhatItCovers() {
        assertThat(ContractCatalogue.entries()).isNotEmpty().allSatisfy(e -> {
            // Provenance.of already threw while building the entry if the marker count is not one.
            assertThat(e.provenance()).isNotNull();
            assertThat(e.exercises().isEmpty() && e.errors().isEmpty())
                    .as("%s claims nothing", e.id())
                    .isFalse();
        });
    }
}
