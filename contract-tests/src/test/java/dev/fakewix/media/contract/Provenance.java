package dev.fakewix.media.contract;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a contract test's behaviour comes from: exactly one of {@link VerifiedAgainstRealApi}, {@link DerivedFromDocs},
 * {@link FakeOnly} on the test method.
 *
 * @param kind   which marker
 * @param detail the date, the page or the reason
 */
record Provenance(Kind kind, String detail) {
    enum Kind {
        VERIFIED("verified against the real API"),
        DOCS("derived from the docs"),
        FAKE_ONLY("fake-only");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The marker of {@code test}; throws, naming the test and the fix, when it has none or several. */
    static Provenance of(Method test) {
        List<Provenance> found = new ArrayList<>();
        VerifiedAgainstRealApi verified = test.getAnnotation(VerifiedAgainstRealApi.class);
        if (verified != null) {
            if (!verified.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new IllegalStateException(where(test)
                        + ": @VerifiedAgainstRealApi(date) must be yyyy-MM-dd, was '" + verified.date() + "'");
            }
            found.add(new Provenance(Kind.VERIFIED, verified.date()));
        }
        DerivedFromDocs docs = test.getAnnotation(DerivedFromDocs.class);
        if (docs != null) {
            if (docs.page().isBlank()) {
                throw new IllegalStateException(where(test) + ": @DerivedFromDocs(page) must name the page");
            }
            found.add(new Provenance(Kind.DOCS, docs.page()));
        }
        FakeOnly fakeOnly = test.getAnnotation(FakeOnly.class);
        if (fakeOnly != null) {
            if (fakeOnly.reason().isBlank()) {
                throw new IllegalStateException(where(test) + ": @FakeOnly(reason) must say why");
            }
            found.add(new Provenance(Kind.FAKE_ONLY, fakeOnly.reason()));
        }
        if (found.size() != 1) {
            throw new IllegalStateException(where(test) + " has " + found.size() + " provenance markers " + found
                    + "; a contract test needs exactly one: @VerifiedAgainstRealApi(date = \"yyyy-MM-dd\"), "
                    + "@DerivedFromDocs(page = \"...\") or @FakeOnly(reason = \"...\")");
        }
        return found.get(0);
    }

    private static String where(Method test) {
        return test.getDeclaringClass().getSimpleName() + "." + test.getName();
    }
}
