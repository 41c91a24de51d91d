package dev.clearance.screening.list.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.SourceFile;

/**
 * The bytes of one uploaded or configured list file, with the name it came under. Parsers read from this so that
 * an upload and a file on disk are imported the same way.
 */
public record ListFile(String name, byte[] content) {

    public ListFile {
        Objects.requireNonNull(name, "name");
        content = content.clone();
    }

    public static ListFile read(Path path) throws IOException {
        return new ListFile(path.getFileName().toString(), Files.readAllBytes(path));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * UTF-8 text without a BOM and without the DOS end-of-file marker ({@code \x1a}) OFAC files end with.
     *
     * @throws ListParseException naming the line of the first byte sequence that is not UTF-8: a lenient decoder
     *     would turn it into U+FFFD and the file would import with a garbled (or, in a CSV, a merged) record
     */
    String text() throws ListParseException {
        String s = decode();
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\u001a' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end);
    }

    private String decode() throws ListParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new ListParseException(name, line, "is not valid UTF-8 (byte " + (in.position() + 1) + ")");
        }
        return out.flip().toString();
    }

    String sha256() {
        return SourceFile.sha256(content);
    }

    SourceFile describe(int records) {
        return new SourceFile(name, sha256(), content.length, records);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListFile f && f.name.equals(name) && java.util.Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ListFile[" + name + ", " + content.length + " bytes]";
    }
}
