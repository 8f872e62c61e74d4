package dev.specpoet.testserver;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a {@link StubServer} on 127.0.0.1 before the tests and stops it after them, so that no test
 * class manages (or forgets to close) a server of its own.
 *
 * <p>Registered on a static field, one server serves every test of the class; on an instance field,
 * each test gets a fresh one:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final StubServerExtension stub = new StubServerExtension();
 *
 * @Test
 * void sendsTheKey() {
 *     stub.server().respond(StubResponse.json(200, "{}"));
 *     ...
 * }
 * }</pre>
 *
 * The server keeps its routes and recorded requests from test to test while it lives (through the
 * {@code @Nested} classes too); a class that shares one clears it where its tests need that ({@link
 * StubServer#clear()}).
 */
public final class StubServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private StubServer server;
    private boolean perTest;
    /** Classes running under this registration: JUnit calls the class callbacks again for each @Nested class. */
    private int classes;

    /** The running server; fails outside the tests of the class that registered this extension. */
    public StubServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "the stub server runs only while the tests of the class that registers it run"
                            + " (register it with @RegisterExtension)");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (classes++ == 0) {
            server = StubServer.start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            // Registered on an instance field: JUnit calls no class-level callback on it.
            server = StubServer.start();
            perTest = true;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classes == 0) {
            stop();
        }
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
