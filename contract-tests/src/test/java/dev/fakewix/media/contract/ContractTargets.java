package dev.fakewix.media.contract;

import dev.fakewix.media.client.Endpoint;
import dev.fakewix.media.client.Exchange;
import dev.fakewix.media.client.MediaManagerApiException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link ContractTest} once per configured target. Per run: the target is started once (root store, closed
 * after the last test, which deletes the run folder); per test: a {@link ContractSession} in a folder of its own,
 * deleted for good after the test whatever its outcome (the cleanup is published as a report entry
 * {@code contract.cleanup}). A target that cannot run is skipped with its reason, and so is a {@link FakeOnly} test on a
 * target the suite cannot script. After a passing test, what {@link Exercises} and {@link DocumentedError} claim is
 * checked against what the test really did. On the real API, what a {@link ChecksGuess} test checked goes to
 * {@link VerifiedLines}.
 */
final class ContractTargets implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ContractTargets.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .map(m -> m.isAnnotationPresent(ContractTest.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method test = context.getRequiredTestMethod();
        Provenance.of(test); // no marker, or two: the test fails here, naming the fix
        if (test.getAnnotation(Exercises.class) == null
                && test.getAnnotationsByType(DocumentedError.class).length == 0) {
            throw new IllegalStateException(
                    test.getDeclaringClass().getSimpleName() + "." + test.getName()
                            + " says neither what it @Exercises nor which @DocumentedError it provokes; a contract test needs one");
        }
        ContractConfig config = ContractConfig.from(context);
        return config.targets().stream().map(kind -> new Invocation(kind, config));
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final TargetKind kind;
        private final ContractConfig config;

        Invocation(TargetKind kind, ContractConfig config) {
            this.kind = kind;
            this.config = config;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + kind.label + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new Condition(), new Lifecycle());
        }

        private final class Condition implements ExecutionCondition {
            @Override
            public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
                Optional<String> unavailable = config.unavailable(kind);
                if (unavailable.isPresent()) {
                    return ConditionEvaluationResult.disabled(unavailable.get());
                }
                FakeOnly fakeOnly = context.getRequiredTestMethod().getAnnotation(FakeOnly.class);
                if (fakeOnly != null && fakeOnly.scripted() && !kind.controllable) {
                    return ConditionEvaluationResult.disabled(
                            kind.label + ": skipped, the test scripts the fake (" + fakeOnly.reason() + ")");
                }
                return ConditionEvaluationResult.enabled(kind.label);
            }
        }

        private final class Lifecycle implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
            @Override
            public void beforeEach(ExtensionContext context) {
                TargetRuntime runtime = context.getRoot()
                        .getStore(NS)
                        .getOrComputeIfAbsent(kind, k -> Started.of(kind, config), Started.class)
                        .runtimeOrThrow();
                ContractSession session = new ContractSession(
                        runtime, context.getRequiredTestMethod().getName());
                context.getStore(NS).put(ContractSession.class, session);
                session.open();
            }

            @Override
            public void afterEach(ExtensionContext context) {
                ContractSession session = context.getStore(NS).get(ContractSession.class, ContractSession.class);
                if (session == null) {
                    return;
                }
                List<Exchange> made = session.exchanges(); // the test's requests, not the cleanup's
                CreatedItems.Cleanup cleanup = session.cleanup();
                context.publishReportEntry("contract.cleanup", cleanup.toString());
                Throwable failure = context.getExecutionException().orElse(null);
                AssertionError overclaimed = null;
                if (failure == null) {
                    try {
                        verifyClaims(context.getRequiredTestMethod(), session);
                    } catch (AssertionError e) {
                        overclaimed = e;
                        failure = e;
                    }
                }
                if (kind == TargetKind.REAL_WIX && !(failure instanceof org.opentest4j.TestAbortedException)) {
                    // what the test checked of the ledger's guesses, seen on Wix (or contradicted there)
                    VerifiedLines.record(context, config, context.getRequiredTestMethod(), made, failure);
                }
                if (overclaimed != null) {
                    throw overclaimed;
                }
            }

            @Override
            public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                return parameter.getParameter().getType() == ContractSession.class;
            }

            @Override
            public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                return context.getStore(NS).get(ContractSession.class, ContractSession.class);
            }
        }
    }

    /**
     * A target started once per run, or the reason it could not start: remembered, so that a jar that does not start
     * fails every test at once instead of making each wait for its own start-up timeout.
     */
    private record Started(TargetRuntime runtime, RuntimeException failure) implements AutoCloseable {
        static Started of(TargetKind kind, ContractConfig config) {
            try {
                return new Started(TargetRuntime.start(kind, config), null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        TargetRuntime runtimeOrThrow() {
            if (failure != null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return runtime;
        }

        @Override
        public void close() {
            if (runtime != null) {
                runtime.close();
            }
        }
    }

    /** The annotations may not claim more than the test did: each endpoint answered 200, each code came back. */
    private static void verifyClaims(Method test, ContractSession session) {
        List<String> problems = new ArrayList<>();
        Exercises exercises = test.getAnnotation(Exercises.class);
        if (exercises != null) {
            Set<Endpoint> succeeded = session.succeeded();
            for (Endpoint e : exercises.value()) {
                if (!succeeded.contains(e)) {
                    problems.add("@Exercises names " + e.sdkName() + ", but it never answered 200 in this test");
                }
            }
        }
        for (DocumentedError claim : test.getAnnotationsByType(DocumentedError.class)) {
            boolean seen = session.failures().stream()
                    .map(MediaManagerApiException.class::cast)
                    .anyMatch(f -> f.endpoint() == claim.endpoint() && f.code().equals(claim.code()));
            if (!seen) {
                problems.add("@DocumentedError names " + claim.endpoint().sdkName() + " " + claim.code()
                        + ", but no wix.failure(...) in this test saw it (saw: "
                        + session.failures().stream()
                                .map(f -> f.endpoint() + " " + f.code())
                                .toList() + ")");
            }
        }
        if (session.knownDifferences() > 0 && test.getAnnotation(KnownDifference.class) == null) {
            problems.add(
                    "the test checks a known difference of the fake but carries no @KnownDifference saying what it is");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(test.getName() + ": " + String.join("; ", problems));
        }
    }
}
