package dev.clearance.api.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sample list files from the test classpath and a multipart upload of them with the JDK client. */
final class ListFiles {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ListFiles() {
    }

    static String text(String name) {
        try (InputStream in = ListFiles.class.getResourceAsStream("/lists/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test list " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parts in order: part name → {file name, content}. */
    static Map<String, String[]> parts() {
        return new LinkedHashMap<>();
    }

    static HttpResponse<String> upload(String base, String source, String token, Map<String, String[]> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        parts.forEach((part, file) -> {
            names.put(part, file[0]);
            bytes.put(part, file[1].getBytes(StandardCharsets.UTF_8));
        });
        return upload(base, source, token, names, bytes);
    }

    /** One file part {@code file} with these exact bytes (not necessarily UTF-8). */
    static HttpResponse<String> uploadBytes(String base, String source, String token, String fileName,
                                            byte[] content) {
        return upload(base, source, token, Map.of("file", fileName), Map.of("file", content));
    }

    private static HttpResponse<String> upload(String base, String source, String token, Map<String, String> names,
                                               Map<String, byte[]> contents) {
        String boundary = "----clearance-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> p : names.entrySet()) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey()
                    + "\"; filename=\"" + p.getValue() + "\"\r\nContent-Type: text/csv\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(contents.get(p.getKey()));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/list-snapshots?source=" + source))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> importSdn(String base, String token, String sdn) {
        Map<String, String[]> parts = parts();
        parts.put("sdn", new String[] {"sdn.csv", sdn});
        parts.put("alt", new String[] {"alt.csv", text("alt.csv")});
        parts.put("add", new String[] {"add.csv", text("add.csv")});
        return upload(base, "OFAC_SDN", token, parts);
    }
}
