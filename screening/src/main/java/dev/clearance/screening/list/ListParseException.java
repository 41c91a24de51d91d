package dev.clearance.screening.list;

/**
 * A list file that cannot be read as its format says: the import is rejected and the previous snapshot stays
 * active. {@code line} is 1-based; 0 when the problem is not tied to a line.
 */
public final class ListParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public ListParseException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public ListParseException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
