package io.rekindle.people;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where someone lives or works: city, region (state, province) and ISO country code. */
public record Location(String city, String region, String country) {

    public static final Location UNKNOWN = new Location(null, null, null);

    public boolean known() {
        return city != null || region != null || country != null;
    }

    public String display() {
        String countryName = country == null ? null : new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        return Stream.of(city, region, countryName)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
