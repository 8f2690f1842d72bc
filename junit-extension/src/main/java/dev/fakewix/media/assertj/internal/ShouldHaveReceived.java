package dev.fakewix.media.assertj.internal;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** "Expecting site "S" to have received 2 importFile requests but found 1: ..." for the request journal. */
@API(status = API.Status.INTERNAL)
public final class ShouldHaveReceived extends BasicErrorMessageFactory {

    private ShouldHaveReceived(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * The journal lacks requests it should have.
     *
     * @param scope    {@code site "S"} or {@code the server}
     * @param expected e.g. {@code exactly 2 importFile (IMPORT_FILE) requests matching body has "displayName": "a.jpg"}
     * @param found    what was found, with the nearest miss and the requests received
     */
    public static ErrorMessageFactory shouldHaveReceived(String scope, String expected, String found) {
        return new ShouldHaveReceived(
                "%nExpecting %s%nto have received %s%nbut %s",
                unquotedString(scope), unquotedString(expected), unquotedString(found));
    }

    public static ErrorMessageFactory shouldHaveReceivedNothingElse(String scope, String unverified) {
        return new ShouldHaveReceived(
                "%nExpecting %s%nto have received nothing else than the requests asserted so far%nbut it also received:%n%s",
                unquotedString(scope), unquotedString(unverified));
    }
}
