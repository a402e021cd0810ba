package org.juesuan.extractor.cli.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Headless Chromium driven over the DevTools protocol with java.net.http's WebSocket, for tests: started on a free
 * port with a fresh profile (the port is read from the profile's DevToolsActivePort file), one page per target.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Bounded waits: generous, because the machine may be busy; never a timing assertion. */
    static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The browser to use: $CHROMIUM, else chromium / chromium-browser / google-chrome on the PATH. */
    static Optional<Path> find() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getenv("CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(":")) {
                candidates.add(dir + "/" + name);
            }
        }
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static HeadlessChromium start(Path binary, Path profile) throws Exception {
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path active = profile.resolve("DevToolsActivePort");
            waitFor(() -> Files.isRegularFile(active) && lines(active).size() >= 2 || !process.isAlive(),
                    "DevToolsActivePort in " + profile);
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited: " + Files.readString(profile.resolve("chromium.log")));
            }
            List<String> port = lines(active);
            return new HeadlessChromium(process, URI.create("ws://127.0.0.1:" + port.get(0).strip() + port.get(1).strip()));
        } catch (Exception | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private HeadlessChromium(Process process, URI browser) throws Exception {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(browser, new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Opens {@code url} in a new tab of the given size and waits until its document has loaded. */
    Page open(URI url, int width, int height, boolean mobile) throws Exception {
        String target = call(null, "Target.createTarget", params().put("url", "about:blank")).path("targetId").asText();
        String session = call(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .path("sessionId").asText();
        Page page = new Page(session);
        page.resize(width, height, mobile);
        call(session, "Page.navigate", params().put("url", url.toString()));
        waitFor(() -> page.evaluate("document.readyState === 'complete' && document.body !== null").asBoolean(false),
                "the page " + url + " to load");
        return page;
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    JsonNode call(String session, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode response = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (response.has("error")) {
            throw new IllegalStateException(method + ": " + response.get("error"));
        }
        return response.path("result");
    }

    /** One tab, attached as a flat session on the browser's socket. */
    final class Page {
        private final String session;

        private Page(String session) {
            this.session = session;
        }

        void resize(int width, int height, boolean mobile) throws Exception {
            call(session, "Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                    .put("deviceScaleFactor", 1).put("mobile", mobile));
        }

        /** Evaluates a JavaScript expression in the page and returns its value (JSON-serializable values only). */
        JsonNode evaluate(String expression) {
            try {
                JsonNode result = call(session, "Runtime.evaluate", params().put("expression", expression)
                        .put("returnByValue", true).put("awaitPromise", true));
                if (result.has("exceptionDetails")) {
                    throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
                }
                return result.path("result").path("value");
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A real mouse click (pressed and released) at a point of the viewport. */
        void click(double x, double y) throws Exception {
            for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
                ObjectNode p = params().put("type", type).put("x", x).put("y", y);
                if (!type.equals("mouseMoved")) {
                    p.put("button", "left").put("clickCount", 1);
                }
                call(session, "Input.dispatchMouseEvent", p);
            }
        }

        /** Types text into the focused element, as a keyboard would. */
        void type(String text) throws Exception {
            call(session, "Input.insertText", params().put("text", text));
        }

        void screenshot(Path file) throws Exception {
            JsonNode shot = call(session, "Page.captureScreenshot", params().put("format", "png"));
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            // no reply is awaited: the browser may close the socket before it answers
            socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser may already be gone; it is stopped below either way
        }
        socket.abort();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
