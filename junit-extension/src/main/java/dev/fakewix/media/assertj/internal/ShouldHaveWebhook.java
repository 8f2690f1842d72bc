package dev.fakewix.media.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** "Expecting the webhook inbox of site "S" to have received FILE_READY for file X but it received: ..." */
public final class ShouldHaveWebhook extends BasicErrorMessageFactory {

    private ShouldHaveWebhook(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * @param inbox    e.g. {@code the webhook inbox of site "S"}
     * @param expected e.g. {@code FILE_READY for file X with externalInfo Y}
     * @param found    what it did receive
     */
    public static ErrorMessageFactory shouldHaveWebhook(String inbox, String expected, String found) {
        return new ShouldHaveWebhook("%nExpecting %s%nto have received %s%nbut it received:%n%s", unquotedString(inbox),
                unquotedString(expected), unquotedString(found));
    }
}
