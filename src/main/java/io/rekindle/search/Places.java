package io.rekindle.search;

import io.rekindle.people.Location;
import io.rekindle.platform.Gazetteer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a city is, from the gazetteer: the coordinates search uses for distances and radius searches. */
@Component
class Places {

    private final Gazetteer gazetteer;

    Places(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Coordinates> locate(Location location) {
        if (location == null || location.city() == null) {
            return Optional.empty();
        }
        return gazetteer
                .find(location.city(), location.region(), location.country())
                .map(p -> new Coordinates(p.latitude(), p.longitude()));
    }

    /** "Chicago", "Chicago, IL", "London, United Kingdom": the most populous place that text means. */
    Optional<Place> parse(String text) {
        return gazetteer.parse(text).map(p -> new Place(p.label(), new Coordinates(p.latitude(), p.longitude())));
    }

    record Place(String label, Coordinates point) {}
}
