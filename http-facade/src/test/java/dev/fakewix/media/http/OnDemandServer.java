package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;

/** For tests that start their own server, each with its own configuration; it is stopped after every test. */
abstract class OnDemandServer {
    FakeMediaManager fake;
    FakeMediaManagerServer server;

    /** Starts a server over {@code fake} and answers a client for it. */
    WireClient start(FakeMediaManager fake, Consumer<ServerConfig> config) {
        this.fake = fake;
        server = FakeMediaManagerServer.start(fake, config);
        return new WireClient(server.baseUri());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }
}
