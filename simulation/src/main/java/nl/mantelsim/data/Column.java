package nl.mantelsim.data;

/** What a column of an input table must hold; checked on every row when the table is loaded. */
public enum Column {
    /** Free text; may be empty. */
    TEXT,
    /** Text that must not be empty, such as a key or a source. */
    REQUIRED,
    /** An integer or decimal count: zero or more. */
    COUNT,
    /** A number of any sign (net migration may be negative). */
    NUMBER,
    /** A rate or other non-negative number. */
    RATE,
    /** A share or probability in [0, 1]. */
    SHARE,
    /** A year such as 2021, or an empty cell. */
    YEAR_OR_EMPTY
}
