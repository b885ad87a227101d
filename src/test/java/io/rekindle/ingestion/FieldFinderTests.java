package io.rekindle.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.people.PhoneNumbers;
import io.rekindle.platform.Gazetteer;
import io.rekindle.platform.SkillDictionary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Fields found in resume texts of the shapes recruiters see most. */
class FieldFinderTests {

    static final FieldFinder FINDER = new FieldFinder(
            new PhoneNumbers("US"),
            new Gazetteer(),
            new SkillDictionary(),
            Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aClassicResumeGivesEveryField() {
        ResumeFields f = FINDER.find(String.join("\n", ResumeFiles.ANN));

        assertThat(f.fullName()).isEqualTo("Ann Whitaker");
        assertThat(f.emails()).containsExactly("ann.whitaker@example.com");
        assertThat(f.phones()).containsExactly("+13128472291");
        assertThat(f.location().city()).isEqualTo("Chicago");
        assertThat(f.location().region()).isEqualTo("IL");
        assertThat(f.location().latitude()).isBetween(41.0, 42.5);
        assertThat(f.positions())
                .extracting(ResumeFields.Position::title)
                .containsExactly("Account Executive", "Sales Development Representative");
        assertThat(f.currentTitle()).isEqualTo("Account Executive");
        assertThat(f.currentEmployer()).isEqualTo("Globex Inc.");
        assertThat(f.positions().get(1).from()).isEqualTo("2018-01");
        assertThat(f.positions().get(1).to()).isEqualTo("2021-02");
        assertThat(f.yearsOfExperience()).isEqualTo(8);
        assertThat(f.education()).containsExactly("B.A. in Economics, University of Illinois");
        assertThat(f.skills()).contains("Salesforce", "Negotiation", "HubSpot");
    }

    @Test
    void labelledFieldsAndAllCapsNamesAreRead() {
        ResumeFields f = FINDER.find(
                """
                MARIA O'BRIEN
                Senior Recruiter | Toronto, ON
                Mobile: +1 416 555 2368   E-mail: maria@example.com
                Employment History
                2019 - Present    Senior Recruiter, Northwind Traders
                """);
        assertThat(f.fullName()).isEqualTo("Maria O'Brien");
        assertThat(f.location().country()).isEqualTo("CA");
        assertThat(f.currentTitle()).isEqualTo("Senior Recruiter");
        assertThat(f.currentEmployer()).isEqualTo("Northwind Traders");
    }
}
