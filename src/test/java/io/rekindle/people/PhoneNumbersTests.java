package io.rekindle.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    private final PhoneNumbers phones = new PhoneNumbers("US");

    @Test
    void storesNumbersAsPeopleTypeThemInE164() {
        assertThat(phones.toE164("(312) 555-0142", null)).contains("+13125550142");
        assertThat(phones.toE164("312.555.0142", "US")).contains("+13125550142");
        assertThat(phones.toE164("+44 20 7946 0958", null)).contains("+442079460958");
        assertThat(phones.toE164("020 7946 0958", "GB")).contains("+442079460958");
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(phones.toE164("12", null)).isEmpty();
        assertThat(phones.toE164("call me maybe", null)).isEmpty();
    }

    @Test
    void showsHomeNumbersNationallyAndForeignOnesInternationally() {
        assertThat(phones.view("+13125550142").display()).isEqualTo("(312) 555-0142");
        assertThat(phones.view("+442079460958").display()).isEqualTo("+44 20 7946 0958");
        assertThat(phones.views(java.util.List.of("+13125550142", "+442079460958")))
                .extracting(Phone::display)
                .containsExactly("(312) 555-0142", "+44 20 7946 0958");
    }

    @Test
    void showsNumbersOfTheSameCallingCodeAsTheyAreDialledFromHome() {
        assertThat(phones.view("+14165550142").display()).isEqualTo("(416) 555-0142");
        assertThat(new PhoneNumbers("GB").view("+13125550142").display()).isEqualTo("+1 312-555-0142");
    }
}
