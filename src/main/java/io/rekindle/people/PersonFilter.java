package io.rekindle.people;

import io.rekindle.platform.UserId;

/** Filters of the people list; blank fields do not filter. */
public record PersonFilter(String name, String email, String city, String tag, UserId owner) {

    public static final PersonFilter NONE = new PersonFilter(null, null, null, null, null);
}
