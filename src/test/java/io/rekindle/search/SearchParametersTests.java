package io.rekindle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A saved search keeps its filters as the search page's URL parameters and reads them back unchanged. */
class SearchParametersTests {

    @Test
    void everyFilterSurvivesTheRoundTripThroughUrlParameters() {
        var request = new SearchRequest(
                "title:\"account executive\" AND {odd} & more",
                List.of("INTERVIEW", "OFFER"),
                "CANDIDATE_DECLINED",
                "HAPPY_WHERE_I_AM",
                true,
                SearchRequest.LastTouch.MONTHS_3_TO_12,
                7L,
                List.of("hot lead", "a&b=c"),
                SearchRequest.Consent.CONTACTABLE,
                "Chicago, IL",
                30.0,
                "mi",
                SearchRequest.Sort.DISTANCE);
        String filters = SearchParameters.filters(request);

        assertThat(filters).doesNotContain("q=").contains("near=Chicago%2C+IL").contains("tag=a%26b%3Dc");
        assertThat(SearchParameters.request(request.q(), filters)).isEqualTo(request);
        assertThat(SearchParameters.href(request.q(), filters))
                .startsWith("/search?q=title%3A%22account+executive%22+AND+%7Bodd%7D+%26+more&stage=INTERVIEW");
    }

    @Test
    void noFiltersIsAnEmptyStringAndAPlainSearchPage() {
        assertThat(SearchParameters.filters(SearchRequest.query("sales"))).isEmpty();
        assertThat(SearchParameters.href("sales", "")).isEqualTo("/search?q=sales");
        assertThat(SearchParameters.href(null, "")).isEqualTo("/search");
        assertThat(SearchParameters.request("sales", "")).isEqualTo(SearchRequest.query("sales"));
    }

    @Test
    void aFilterThatNoLongerParsesIsAnInvalidInputNotACrash() {
        assertThatThrownBy(() -> SearchParameters.request("x", "lastTouch=LAST_CENTURY"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("filters");
    }
}
