package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchKeysTests {

    @Test
    void gmailIgnoresDotsPlusTagsAndTheGooglemailDomain() {
        assertThat(MatchKeys.email(" J.O.Hn.Smith+jobs@GoogleMail.com ")).isEqualTo("johnsmith@gmail.com");
        assertThat(MatchKeys.email("johnsmith@gmail.com")).isEqualTo("johnsmith@gmail.com");
    }

    @Test
    void otherMailboxesKeepTheirDotsAndOnlyKnownProvidersLoseThePlusTag() {
        assertThat(MatchKeys.email("John.Smith@Globex.com")).isEqualTo("john.smith@globex.com");
        assertThat(MatchKeys.email("john+x@globex.com")).isEqualTo("john+x@globex.com");
        assertThat(MatchKeys.email("john+x@outlook.com")).isEqualTo("john@outlook.com");
        assertThat(MatchKeys.email("not an address")).isNull();
        assertThat(MatchKeys.email("  ")).isNull();
    }

    @Test
    void namesThatSoundAlikeShareAKey() {
        assertThat(MatchKeys.sound("Jon Smyth")).isEqualTo(MatchKeys.sound("John Smith"));
        assertThat(MatchKeys.sound("Catherine Zeta")).isEqualTo(MatchKeys.sound("Katherine Zeta"));
        assertThat(MatchKeys.sound("José Álvarez")).isEqualTo(MatchKeys.sound("Jose Alvarez"));
        assertThat(MatchKeys.sound("John Q. Smith Jr.")).isEqualTo(MatchKeys.sound("John Smith"));
        assertThat(MatchKeys.sound("John Smith")).isNotEqualTo(MatchKeys.sound("Joan Brown"));
        assertThat(MatchKeys.sound("!")).isNull();
    }

    @Test
    void employersCompareWithoutLegalSuffixesAndCitiesWithoutAccents() {
        assertThat(MatchKeys.organization("Globex, Inc.")).isEqualTo(MatchKeys.organization("globex"));
        assertThat(MatchKeys.organization("The Initech Corporation")).isEqualTo("initech");
        assertThat(MatchKeys.city(" Montréal ")).isEqualTo(MatchKeys.city("montreal"));
        assertThat(MatchKeys.organization(" ")).isNull();
    }
}
