package app.alumni.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests: a real HTTP server on a free loopback port, recording every request and answering with
 * the statuses it was told to (then 200), as a receiver that fails first and recovers would.
 */
public final class Receiver implements AutoCloseable {

    /** One request as it arrived: lower-cased header names, the body as sent. */
    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name);
        }

        /**
         * Verifies the Standard Webhooks signature the way a receiver's library does, written from the specification
         * (not with the service's code): HMAC-SHA256 over "{id}.{timestamp}.{body}" keyed with the secret's base64 bytes,
         * compared in constant time with each of the space-separated {@code v1,} signatures; the timestamp within five
         * minutes.
         */
        public boolean verifies(String secret) {
            String id = header("webhook-id");
            String timestamp = header("webhook-timestamp");
            if (id == null || timestamp == null || header("webhook-signature") == null
                    || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                return false;
            }
            byte[] expected;
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            for (String signature : header("webhook-signature").split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final HttpServer server;
    private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile int fallback = 200;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                received.add(new Received(headers, body));
                Integer status = statuses.pollFirst();
                exchange.sendResponseHeaders(status == null ? fallback : status, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next requests get these statuses, in order; later ones get the fallback (200 unless {@link #alwaysAnswer}). */
    public Receiver answer(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    public Receiver alwaysAnswer(int status) {
        fallback = status;
        return this;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits (up to 20 s) until {@code count} requests match, and returns them. */
    public List<Received> await(Predicate<Received> matching, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<Received> found = received().stream().filter(matching).toList();
            if (found.size() >= count || System.nanoTime() > deadline) {
                if (found.size() < count) {
                    throw new AssertionError("expected " + count + " webhook requests, got " + found.size() + " of " + received().size());
                }
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
