package io.rekindle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoReasonTests {

    @Test
    void eachSideHasTheReasonsOfTheRevisitTable() {
        assertThat(NoReason.of(Side.CANDIDATE_DECLINED))
                .containsExactly(
                        NoReason.HAPPY_WHERE_I_AM,
                        NoReason.NOT_THIS_ROLE,
                        NoReason.COMPENSATION,
                        NoReason.LOCATION,
                        NoReason.TIMING,
                        NoReason.DECLINED_OFFER,
                        NoReason.OTHER);
        assertThat(NoReason.of(Side.WE_PASSED))
                .containsExactly(NoReason.SKILLS, NoReason.EXPERIENCE, NoReason.CULTURE_FIT, NoReason.OTHER);
        assertThat(NoReason.of(Side.CLIENT_REJECTED))
                .containsExactly(NoReason.SKILLS, NoReason.EXPERIENCE, NoReason.CULTURE_FIT, NoReason.OTHER);
        assertThat(NoReason.of(Side.NO_RESPONSE)).containsExactly(NoReason.NO_RESPONSE);
    }
}
