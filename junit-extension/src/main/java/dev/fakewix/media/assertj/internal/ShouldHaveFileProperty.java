package dev.fakewix.media.assertj.internal;

import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** "Expecting file "f1" ("/photos/cat.jpg") to be READY but was PENDING" and the like, for one file descriptor. */
@API(status = API.Status.INTERNAL)
public final class ShouldHaveFileProperty extends BasicErrorMessageFactory {

    private ShouldHaveFileProperty(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * A file is not as expected.
     *
     * @param file     how to name the file: its id and display name
     * @param expected what it should be, in words: {@code "to be READY"}, {@code "to be in folder \"abc\""}
     * @param actual   what it is, in words: {@code "was PENDING"}
     * @param hint     what to do about it, or {@code ""}
     */
    public static ErrorMessageFactory shouldHave(String file, String expected, String actual, String hint) {
        return new ShouldHaveFileProperty(
                "%nExpecting file %s%n" + escape(expected) + "%nbut " + escape(actual)
                        + (hint.isEmpty() ? "" : "%n(" + escape(hint) + ")"),
                unquotedString(file));
    }

    private static String escape(String text) {
        return text.replace("%", "%%");
    }
}
