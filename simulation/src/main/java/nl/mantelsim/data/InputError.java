package nl.mantelsim.data;

/**
 * Bad input that the user must fix: a malformed table, a missing file, an unknown scenario key, a value out of
 * range. The message names the file, line and field so the user can go straight to it; the command line turns it
 * into exit code 2 before anything is written.
 */
public final class InputError extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    public InputError(String file, int line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public static InputError of(String file, String problem) {
        return new InputError(file, 0, null, problem);
    }

    private static String format(String file, int line, String field, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) b.append(", line ").append(line);
        if (field != null) b.append(", field '").append(field).append('\'');
        return b.append(": ").append(problem).toString();
    }

    public String file() { return file; }
    public int line() { return line; }
    public String field() { return field; }
}
