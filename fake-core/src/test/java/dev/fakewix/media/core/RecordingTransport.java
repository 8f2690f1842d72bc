package dev.fakewix.media.core;

import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * A webhook transport for core tests: records every POST and answers with a scripted status, without any network.
 * Entities are written as {@code {"id": ..., "displayName": ...}}: enough to see which entity an event carries (the
 * real REST writer lives in the HTTP facade and is tested there).
 */
final class RecordingTransport implements WebhookTransport, WebhookTransport.EntityJson {
    record Post(URI url, String contentType, String body) {}

    final List<Post> posts = new CopyOnWriteArrayList<>();
    volatile IntSupplier status = () -> 200;
    /** When set, {@link #post} answers with this future instead (to hold the worker). */
    volatile CompletableFuture<Integer> answer;
    /** When set, posts to this URL alone answer with {@link #slowAnswer}: a receiver that does not answer yet. */
    volatile URI slowUrl;

    volatile CompletableFuture<Integer> slowAnswer;

    @Override
    public CompletableFuture<Integer> post(URI url, String contentType, String body, Duration timeout) {
        posts.add(new Post(url, contentType, body));
        if (url.equals(slowUrl)) {
            return slowAnswer;
        }
        CompletableFuture<Integer> held = answer;
        return held != null ? held : CompletableFuture.completedFuture(status.getAsInt());
    }

    @Override
    public String file(FileDescriptor file) {
        return Json.write(Json.object(
                "id",
                file.id(),
                "displayName",
                file.displayName(),
                "parentFolderId",
                file.parentFolderId(),
                "operationStatus",
                file.operationStatus().name()));
    }

    @Override
    public String folder(Folder folder) {
        return Json.write(Json.object(
                "id",
                folder.id(),
                "displayName",
                folder.displayName(),
                "state",
                folder.state().name()));
    }

    List<String> bodies() {
        List<String> out = new ArrayList<>();
        posts.forEach(p -> out.add(p.body()));
        return out;
    }

    /** Whether the JWT's RS256 signature verifies with {@code key}'s public key (plain JDK). */
    static boolean verifies(String jwt, WebhookSigningKey key) throws Exception {
        String[] parts = jwt.split("\\.", -1);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> claims(String jwt) {
        return (Map<String, Object>)
                Json.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.", -1)[1]), StandardCharsets.UTF_8));
    }

    /** The message envelope: claim {@code data} parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> envelope(String jwt) {
        return (Map<String, Object>) Json.parse((String) claims(jwt).get("data"));
    }

    /** The domain event: the envelope's {@code data} parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> domainEvent(String jwt) {
        return (Map<String, Object>) Json.parse((String) envelope(jwt).get("data"));
    }
}
