package io.rekindle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.openings.Companies;
import io.rekindle.openings.Openings;
import io.rekindle.people.People;
import io.rekindle.support.TestClockConfiguration;
import io.rekindle.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The pipeline module with only the modules it depends on: a no is announced to the rest of Rekindle. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(TestClockConfiguration.class)
class PipelineModuleTests {

    @Autowired
    Pipeline pipeline;

    @Autowired
    People people;

    @Autowired
    Companies companies;

    @Autowired
    Openings openings;

    @Test
    void aNoIsAnnouncedWithEverythingARevisitNeeds(Scenario scenario) {
        var ann = people.create(TestData.person("Ann Rivera", null));
        var acme = companies.create(TestData.company("Acme"));
        var opening = openings.create(TestData.opening(acme.id(), "Account Executive"));
        var candidacy = pipeline.add(ann.id(), opening.id(), null);

        scenario.stimulate(() -> pipeline.recordNo(
                        candidacy.id(),
                        new Pipeline.NoOutcome(
                                Side.CANDIDATE_DECLINED,
                                NoReason.TIMING,
                                "Call me after my bonus in March",
                                "bonus in March",
                                LocalDate.parse("2027-03-15"),
                                LocalDate.parse("2026-11-22"))))
                .andWaitForEventOfType(OutcomeRecorded.class)
                .matching(event -> event.candidacy().equals(candidacy.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.person()).isEqualTo(ann.id());
                    assertThat(event.company()).isEqualTo(acme.id());
                    assertThat(event.stageReached()).isEqualTo(Stage.SOURCED);
                    assertThat(event.outcome().reason()).isEqualTo(NoReason.TIMING);
                    assertThat(event.outcome().condition()).isEqualTo("bonus in March");
                    assertThat(event.outcome().askAgainOn()).isEqualTo(LocalDate.parse("2027-03-15"));
                    assertThat(event.outcome().on()).isEqualTo(LocalDate.parse("2026-11-22"));
                });
    }

    @Test
    void aDateInTheFutureIsRefused() {
        var person = people.create(TestData.person("Tom Future", null));
        var company = companies.create(TestData.company("Future Inc"));
        var opening = openings.create(TestData.opening(company.id(), "SDR"));
        var candidacy = pipeline.add(person.id(), opening.id(), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline.recordNo(
                        candidacy.id(),
                        new Pipeline.NoOutcome(
                                Side.WE_PASSED, NoReason.SKILLS, null, null, null, LocalDate.parse("2027-01-01"))))
                .hasMessageContaining("date: must not be in the future");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pipeline.recordNo(
                        candidacy.id(),
                        new Pipeline.NoOutcome(
                                Side.WE_PASSED, NoReason.SKILLS, null, null, null, LocalDate.parse("2026-11-01"))))
                .hasMessageContaining("date: must not be before the candidacy started on 2026-11-22");
        assertThat(pipeline.get(candidacy.id()).active()).isTrue();
    }
}
