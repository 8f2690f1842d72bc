/**
 * The JUnit extension's inside: one test's fake ({@code TestFake}) and the settings it was made from
 * ({@code FakeSettings}), the shared servers kept in JUnit's stores ({@code SharedServer}, {@code ServerKey},
 * {@code ServerHosting}), what the extension injects ({@code Injection}) and what it remembers for a run
 * ({@code RunCache}). State lives in {@code ExtensionContext.Store}s, never in static fields.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.junit.internal;

import org.apiguardian.api.API;
