package io.rekindle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rekindle.openings.CompanyId;
import io.rekindle.openings.OpeningId;
import io.rekindle.people.PersonId;
import io.rekindle.platform.ConflictException;
import io.rekindle.platform.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CandidacyTests {

    private static final Instant ADDED = Instant.parse("2026-02-01T10:00:00Z");
    private static final UserId MARIA = new UserId(1);

    private Candidacy candidacy() {
        var c = new Candidacy(new PersonId(7), new OpeningId(3), new CompanyId(2), MARIA, ADDED);
        ReflectionTestUtils.setField(c, "id", 42L);
        return c;
    }

    @Test
    void aNoIsKeptWithItsSideReasonNoteConditionAndDate() {
        var c = candidacy();
        c.moveTo(Stage.CONTACTED, MARIA, ADDED.plusSeconds(60));
        c.recordNo(
                Side.CANDIDATE_DECLINED,
                NoReason.HAPPY_WHERE_I_AM,
                "Just promoted",
                "vesting in 4 months",
                null,
                LocalDate.parse("2026-02-10"),
                MARIA,
                ADDED.plusSeconds(120));

        CandidacyView view = c.view();
        assertThat(view.status()).isEqualTo(CandidacyStatus.ENDED);
        assertThat(view.stage()).isEqualTo(Stage.CONTACTED);
        assertThat(view.outcome())
                .isEqualTo(Outcome.no(
                        Side.CANDIDATE_DECLINED,
                        NoReason.HAPPY_WHERE_I_AM,
                        "Just promoted",
                        "vesting in 4 months",
                        null,
                        LocalDate.parse("2026-02-10")));
        assertThat(ReflectionTestUtils.<java.util.Collection<Object>>invokeMethod(c, "domainEvents"))
                .filteredOn(OutcomeRecorded.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(OutcomeRecorded.class, e -> {
                    assertThat(e.person()).isEqualTo(new PersonId(7));
                    assertThat(e.company()).isEqualTo(new CompanyId(2));
                    assertThat(e.outcome().reason()).isEqualTo(NoReason.HAPPY_WHERE_I_AM);
                });
    }

    @Test
    void aReasonMustBelongToItsSide() {
        assertThatThrownBy(() -> candidacy()
                        .recordNo(
                                Side.CLIENT_REJECTED, NoReason.HAPPY_WHERE_I_AM, null, null, null, null, MARIA, ADDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SKILLS");
    }

    @Test
    void aDateThePersonGaveMustLieAfterTheNo() {
        assertThatThrownBy(() -> candidacy()
                        .recordNo(
                                Side.CANDIDATE_DECLINED,
                                NoReason.TIMING,
                                null,
                                "after the bonus",
                                LocalDate.parse("2026-01-01"),
                                LocalDate.parse("2026-02-10"),
                                MARIA,
                                ADDED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("askAgainOn");
    }

    @Test
    void noResponseNeedsNoReason() {
        var c = candidacy();
        c.recordNo(Side.NO_RESPONSE, null, null, null, null, LocalDate.parse("2026-03-01"), MARIA, ADDED);
        assertThat(c.view().outcome().reason()).isEqualTo(NoReason.NO_RESPONSE);
    }

    @Test
    void aDeclinedOfferNeedsAnOfferAndMakesASilverMedalist() {
        var early = candidacy();
        assertThatThrownBy(() -> early.recordNo(
                        Side.CANDIDATE_DECLINED, NoReason.DECLINED_OFFER, null, null, null, null, MARIA, ADDED))
                .isInstanceOf(ConflictException.class);

        var c = candidacy();
        c.moveTo(Stage.OFFERED, MARIA, ADDED);
        c.recordNo(Side.CANDIDATE_DECLINED, NoReason.DECLINED_OFFER, "Counter-offer", null, null, null, MARIA, ADDED);
        assertThat(c.view().silverMedalist()).isTrue();
    }

    @Test
    void anEndedCandidacyCannotMoveOrEndAgain() {
        var c = candidacy();
        c.place("Starts in March", LocalDate.parse("2026-02-20"), MARIA, ADDED);
        assertThat(c.view().stage()).isEqualTo(Stage.PLACED);
        assertThat(c.view().silverMedalist()).isFalse();

        assertThatThrownBy(() -> c.moveTo(Stage.INTERVIEWING, MARIA, ADDED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.recordNo(Side.WE_PASSED, NoReason.SKILLS, null, null, null, null, MARIA, ADDED))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void placingIsAnOutcomeNotAMove() {
        assertThatThrownBy(() -> candidacy().moveTo(Stage.PLACED, MARIA, ADDED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("outcome");
    }

    @Test
    void historyStaysInOrder() {
        var c = candidacy();
        assertThatThrownBy(() -> c.moveTo(Stage.CONTACTED, MARIA, ADDED.minusSeconds(1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyStepIsKeptForTheTimeline() {
        var c = candidacy();
        c.moveTo(Stage.CONTACTED, MARIA, ADDED.plusSeconds(1));
        c.moveTo(Stage.INTERVIEWING, MARIA, ADDED.plusSeconds(2));
        c.recordNo(Side.CLIENT_REJECTED, NoReason.CULTURE_FIT, null, null, null, null, MARIA, ADDED.plusSeconds(3));
        assertThat(c.steps())
                .extracting(CandidacyStep::kind)
                .containsExactly(
                        CandidacyStep.Kind.ADDED,
                        CandidacyStep.Kind.MOVED,
                        CandidacyStep.Kind.MOVED,
                        CandidacyStep.Kind.ENDED);
    }
}
