package dev.fakewix.media.assertj.internal;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** "Expecting site "S" to hold 2 files (outside the trash bin) but found 3: [...]". */
@API(status = API.Status.INTERNAL)
public final class ShouldHaveCount extends BasicErrorMessageFactory {

    private ShouldHaveCount(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * A site holds another number of items than expected.
     *
     * @param what  e.g. {@code "files (outside the trash bin)"}
     * @param items the items found, already listed
     */
    public static ErrorMessageFactory shouldHaveCount(
            String siteId, int expected, String what, int actual, String items) {
        return new ShouldHaveCount(
                "%nExpecting site %s%nto hold %s " + what + "%nbut found %s: %s",
                siteId,
                expected,
                actual,
                unquotedString(items));
    }

    public static ErrorMessageFactory shouldBeEmpty(String siteId, String found) {
        return new ShouldHaveCount(
                "%nExpecting site %s%nto be empty (no file or folder, trash bin included)%nbut it holds %s",
                siteId, unquotedString(found));
    }
}
