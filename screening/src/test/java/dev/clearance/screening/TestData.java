package dev.clearance.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.clearance.screening.list.format.ListFile;

/** Test files: small samples on the test class path, full snapshots in the repository's {@code data/} folder. */
public final class TestData {

    private TestData() {
    }

    /** A sample under {@code src/test/resources/lists}. */
    public static ListFile sample(String name) {
        try {
            Path p = Path.of(TestData.class.getResource("/lists/" + name).toURI());
            return ListFile.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file under the repository's {@code data/} (tests run with the module folder as working directory). */
    public static Path repoData(String relative) {
        Path p = Path.of("..", "data").resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing " + p.toAbsolutePath());
        }
        return p;
    }

    public static ListFile repoList(String relative) {
        try {
            return ListFile.read(repoData("lists/" + relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ListFile text(String name, String content) {
        return new ListFile(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
