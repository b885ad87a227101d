package io.rekindle.pipeline;

import static io.rekindle.pipeline.Side.CANDIDATE_DECLINED;
import static io.rekindle.pipeline.Side.CLIENT_REJECTED;
import static io.rekindle.pipeline.Side.WE_PASSED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Why a no was said; each side has its own fixed list (the revisit table of PRODUCT.md). */
public enum NoReason {
    HAPPY_WHERE_I_AM(CANDIDATE_DECLINED),
    NOT_THIS_ROLE(CANDIDATE_DECLINED),
    COMPENSATION(CANDIDATE_DECLINED),
    LOCATION(CANDIDATE_DECLINED),
    TIMING(CANDIDATE_DECLINED),
    DECLINED_OFFER(CANDIDATE_DECLINED),
    SKILLS(WE_PASSED, CLIENT_REJECTED),
    EXPERIENCE(WE_PASSED, CLIENT_REJECTED),
    CULTURE_FIT(WE_PASSED, CLIENT_REJECTED),
    NO_RESPONSE(Side.NO_RESPONSE),
    OTHER(CANDIDATE_DECLINED, WE_PASSED, CLIENT_REJECTED);

    private final Set<Side> sides;

    NoReason(Side first, Side... more) {
        this.sides = EnumSet.of(first, more);
    }

    public boolean fits(Side side) {
        return sides.contains(side);
    }

    public static List<NoReason> of(Side side) {
        return Arrays.stream(values()).filter(r -> r.fits(side)).toList();
    }

    /** The reason a side implies when none is given: only "no response" has one. */
    static NoReason implied(Side side) {
        return side == Side.NO_RESPONSE ? NoReason.NO_RESPONSE : null;
    }
}
