package io.rekindle.openings;

public record CompanyId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
