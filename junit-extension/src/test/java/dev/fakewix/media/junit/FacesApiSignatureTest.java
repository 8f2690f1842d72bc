package dev.fakewix.media.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.fakewix.media.core.ApiSignatures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signature guard of the two faces, as fake-core's ApiSignatureTest is the core's: every public signature of the
 * HTTP facade ({@code dev.fakewix.media.http}, as users get it from the shaded jar) and of this extension
 * ({@code junit}, {@code assertj}, {@code awaitility}) recorded in {@code src/test/resources/api/faces.api} must still
 * exist. Any package outside {@code internal} is covered, new ones included. After an intended change:
 * {@code mvn -pl junit-extension -am test -Dtest=FacesApiSignatureTest -Dapi.write=true} and review the diff.
 */
class FacesApiSignatureTest {
    private static final String RECORDED = "api/faces.api";
    private static final List<String> FACES = List.of(
            "dev.fakewix.media.http",
            "dev.fakewix.media.junit",
            "dev.fakewix.media.assertj",
            "dev.fakewix.media.awaitility");

    @Test
    void everyRecordedPublicSignatureStillExists() {
        ApiSignatures.assertNoneRemoved(RECORDED, currentSignatures());
    }

    @Test
    void theRecordCoversBothFacesAndNoInternals() {
        assertThat(currentSignatures())
                .anyMatch(s -> s.startsWith("dev.fakewix.media.http.FakeMediaManagerServer#start("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.junit.WithFakeMediaManager#http("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.assertj.MediaManagerAssertions#assertThat("))
                .anyMatch(s -> s.startsWith("dev.fakewix.media.awaitility.MediaAwait#untilFileReadyAt("))
                .noneMatch(s -> s.contains(".internal.") || s.contains(".shaded."));
    }

    /** The signatures of the faces' packages (but the internal ones), as fake-core's guard writes them. */
    private static List<String> currentSignatures() {
        List<Class<?>> types = ProjectClasses.ALL.stream()
                .filter(c -> FACES.stream()
                                .anyMatch(p -> c.getPackageName().equals(p)
                                        || c.getPackageName().startsWith(p + "."))
                        && !c.getPackageName().contains(".internal"))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
        List<String> out = new ArrayList<>(ApiSignatures.of(types));
        // FakeMediaManagerPlugin's Javalin types are relocated in the shaded jar: that face is plain http-facade's
        out.removeIf(s -> s.contains(".shaded."));
        return out;
    }
}
