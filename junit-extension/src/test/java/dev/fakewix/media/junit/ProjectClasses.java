package dev.fakewix.media.junit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main classes of all three modules (fake-core, the HTTP facade from the shaded jar users get, this extension), and
 * of contract-tests' client (from its jar, in a full build), read once per test run: everything under
 * {@code dev.fakewix.media} but the relocated libraries.
 */
final class ProjectClasses {
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/dev/fakewix/media/http/shaded/"))
            .withImportOption(location -> !location.contains("/dev/fakewix/media/client/shaded/"))
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.fakewix.media");

    private ProjectClasses() {}
}
