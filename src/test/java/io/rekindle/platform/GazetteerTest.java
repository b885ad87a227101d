package io.rekindle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    static final Gazetteer gazetteer = new Gazetteer();

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Chicago, IL; Chicago, IL, US",
                "Chicago, Illinois, United States; Chicago, IL, US",
                "Greater Chicago Area; Chicago, IL, US",
                "Springfield, MO; Springfield, MO, US",
                "Springfield, Illinois; Springfield, IL, US",
                "Austin, TX 78701; Austin, TX, US",
                "Austin TX; Austin, TX, US",
                "London, United Kingdom; London, ENG, GB",
                "London, Ontario; London, ON, CA",
                "London; London, ENG, GB",
                "Berlin, Germany; Berlin, DE",
                "München; Munich, DE",
                "San Francisco Bay Area; San Francisco, CA, US",
                "New York, NY; New York City, NY, US",
                "St Louis, Missouri; St. Louis, MO, US",
                "Saint Louis, MO; St. Louis, MO, US",
                "Bangalore, India; Bengaluru, IN",
                "Mumbai, IN; Mumbai, IN",
                "Toronto ON; Toronto, ON, CA",
                "Remote - Denver, CO; Denver, CO, US",
                "Sao Paulo, Brazil; São Paulo, BR",
            })
    void understandsLocationsAsPeopleWriteThem(String text, String label) {
        assertThat(gazetteer.parse(text)).map(Place::label).contains(label);
    }

    @Test
    void saysNothingForTextThatIsNoPlace() {
        assertThat(gazetteer.parse("Senior Account Executive")).isEmpty();
        assertThat(gazetteer.parse("  ")).isEmpty();
        assertThat(gazetteer.parse(null)).isEmpty();
    }

    @Test
    void findsByCityRegionAndCountryFields() {
        assertThat(gazetteer.find("Portland", "OR", "US")).map(Place::label).contains("Portland, OR, US");
        assertThat(gazetteer.find("Portland", "Maine", "United States"))
                .map(Place::label)
                .contains("Portland, ME, US");
        assertThat(gazetteer.find("Portland", null, null)).map(Place::label).contains("Portland, OR, US");
        assertThat(gazetteer.find("Zürich", null, "CH")).isPresent();
        assertThat(gazetteer.find("Chicago", null, "Germany")).isEmpty();
    }

    @Test
    void listsEveryPlaceOfANameMostPopulousFirst() {
        var londons = gazetteer.named("london");
        assertThat(londons).hasSizeGreaterThan(3);
        assertThat(londons.get(0).country()).isEqualTo("GB");
    }

    @Test
    void measuresDistancesInKilometresAndMiles() {
        GeoPoint chicago = gazetteer.parse("Chicago, IL").orElseThrow().point();
        GeoPoint milwaukee = gazetteer.parse("Milwaukee, WI").orElseThrow().point();
        assertThat(chicago.distanceKm(milwaukee)).isCloseTo(132, within(5.0));
        assertThat(chicago.distanceKm(chicago)).isZero();
        assertThat(GeoPoint.milesToKm(50)).isCloseTo(80.47, within(0.01));
    }
}
