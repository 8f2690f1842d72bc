package dev.fakewix.media.contract;

import dev.fakewix.media.client.Endpoint;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What the suite covers, read from the contract tests' annotations: every {@link ContractTest} of the suite (the
 * self-test fixture excluded), and the per-method error codes Wix documents (docs/api-reference.md#errors-per-method),
 * which the suite must cover.
 */
final class ContractCatalogue {
    /** One documented (method, code) pair of docs/api-reference.md#errors-per-method. */
    record DocumentedCode(Endpoint endpoint, String code) {}

    /** docs/api-reference.md#errors-per-method, row by row. */
    static final List<DocumentedCode> DOCUMENTED_CODES = List.of(
            new DocumentedCode(Endpoint.GENERATE_FILE_DOWNLOAD_URL, "INVALID_ASSET_KEY"),
            new DocumentedCode(Endpoint.GET_FILE_DESCRIPTOR, "RESOURCE_NOT_FOUND"),
            new DocumentedCode(Endpoint.GET_FILE_DESCRIPTORS, "RESOURCE_NOT_FOUND"),
            new DocumentedCode(Endpoint.UPDATE_FILE_DESCRIPTOR, "FIELD_MASK_IS_EMPTY_OR_MISSING"),
            new DocumentedCode(Endpoint.GENERATE_FILE_UPLOAD_URL, "MISMATCH_MIME_TYPE"),
            new DocumentedCode(Endpoint.GENERATE_FILE_UPLOAD_URL, "ZERO_FILE_SIZE"),
            new DocumentedCode(Endpoint.GENERATE_FILE_UPLOAD_URL, "UNSUPPORTED_FILE_FORMAT"),
            new DocumentedCode(Endpoint.GENERATE_FILE_UPLOAD_URL, "FILE_SIZE_OVER_LIMIT"),
            new DocumentedCode(Endpoint.GENERATE_FILE_UPLOAD_URL, "SITE_QUOTA_EXCEEDED"),
            new DocumentedCode(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, "MISMATCH_MIME_TYPE"),
            new DocumentedCode(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, "ZERO_FILE_SIZE"),
            new DocumentedCode(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, "UNSUPPORTED_FILE_FORMAT"),
            new DocumentedCode(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, "FILE_SIZE_OVER_LIMIT"),
            new DocumentedCode(Endpoint.IMPORT_FILE, "SITE_QUOTA_EXCEEDED"),
            new DocumentedCode(Endpoint.LIST_FILES, "UNSUPPORTED_MEDIA_TYPE"),
            new DocumentedCode(Endpoint.LIST_FILES, "UNSUPPORTED_SORT_VALUE"),
            new DocumentedCode(Endpoint.SEARCH_FILES, "UNSUPPORTED_MEDIA_TYPE"),
            new DocumentedCode(Endpoint.SEARCH_FILES, "UNSUPPORTED_SORT_VALUE"),
            new DocumentedCode(Endpoint.LIST_DELETED_FILES, "UNSUPPORTED_MEDIA_TYPE"),
            new DocumentedCode(Endpoint.LIST_DELETED_FILES, "UNSUPPORTED_SORT_VALUE"),
            new DocumentedCode(Endpoint.UPDATE_FOLDER, "FIELD_MASK_IS_EMPTY_OR_MISSING"));

    /** One contract test and what it claims. */
    record Entry(
            Class<?> testClass,
            Method method,
            Provenance provenance,
            List<Endpoint> exercises,
            List<DocumentedCode> errors,
            String knownDifference) {
        String behaviour() {
            return ContractCatalogue.sentence(method.getName());
        }

        String id() {
            return testClass.getSimpleName() + "." + method.getName();
        }
    }

    private ContractCatalogue() {}

    /** Every contract test of the suite, sorted by class and method. */
    static List<Entry> entries() {
        List<Class<?>> classes = ReflectionSupport.findAllClassesInPackage(
                ContractCatalogue.class.getPackageName(), c -> c != CleanupAfterFailureFixture.class, n -> true);
        return classes.stream()
                .flatMap(c ->
                        AnnotationSupport.findAnnotatedMethods(c, ContractTest.class, HierarchyTraversalMode.TOP_DOWN)
                                .stream())
                .map(m -> new Entry(
                        m.getDeclaringClass(),
                        m,
                        Provenance.of(m),
                        m.getAnnotation(Exercises.class) == null
                                ? List.of()
                                : List.of(m.getAnnotation(Exercises.class).value()),
                        Arrays.stream(m.getAnnotationsByType(DocumentedError.class))
                                .map(d -> new DocumentedCode(d.endpoint(), d.code()))
                                .toList(),
                        m.getAnnotation(KnownDifference.class) == null
                                ? null
                                : m.getAnnotation(KnownDifference.class).value()))
                .sorted(Comparator.comparing(Entry::id))
                .toList();
    }

    /** {@code listsFilesOfAFolder} as {@code lists files of a folder}. */
    static String sentence(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
