package dev.fakewix.media.assertj.internal;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * "Expecting site "S" to have a file at "/photos/x.jpg" but found no file named "x.jpg" in "/photos"; closest:
 * "x.jpeg" in "/photos"": a file or folder that should (or should not) be in a site, or in its trash bin.
 */
@API(status = API.Status.INTERNAL)
public final class ShouldHaveItem extends BasicErrorMessageFactory {

    private ShouldHaveItem(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * A site lacks a file or folder it should have.
     *
     * @param kind  {@code "file"} or {@code "folder"}
     * @param which how it was looked for: {@code with id "x"}, {@code at "/a/b.jpg"}, {@code named "b.jpg"}
     * @param found what was found instead, with the nearest miss
     */
    public static ErrorMessageFactory shouldHave(String siteId, String kind, String which, String found) {
        return new ShouldHaveItem(
                "%nExpecting site %s%nto have a " + kind + " %s%nbut %s",
                siteId,
                unquotedString(which),
                unquotedString(found));
    }

    public static ErrorMessageFactory shouldNotHave(String siteId, String kind, String which, String found) {
        return new ShouldHaveItem(
                "%nExpecting site %s%nnot to have a " + kind + " %s%nbut found %s",
                siteId,
                unquotedString(which),
                unquotedString(found));
    }

    public static ErrorMessageFactory shouldHoldInTrash(String siteId, String kind, String which, String found) {
        return new ShouldHaveItem(
                "%nExpecting the trash bin of site %s%nto hold a " + kind + " %s%nbut %s",
                siteId,
                unquotedString(which),
                unquotedString(found));
    }

    public static ErrorMessageFactory shouldHaveEmptyTrash(String siteId, String found) {
        return new ShouldHaveItem(
                "%nExpecting the trash bin of site %s%nto be empty%nbut it holds %s", siteId, unquotedString(found));
    }
}
