package org.o2c.reporting.export;

/** A column of an exported table: its header and what its values are. */
public record Column(String name, Kind kind) {
    public enum Kind {
        TEXT, DATE, AMOUNT, COUNT
    }

    public static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    public static Column date(String name) {
        return new Column(name, Kind.DATE);
    }

    public static Column amount(String name) {
        return new Column(name, Kind.AMOUNT);
    }

    public static Column count(String name) {
        return new Column(name, Kind.COUNT);
    }
}
