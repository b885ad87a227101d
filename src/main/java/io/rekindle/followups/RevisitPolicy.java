package io.rekindle.followups;

import io.rekindle.pipeline.NoReason;
import io.rekindle.pipeline.Side;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** When a no turns into "maybe now": the agency's rules per side and reason (PRODUCT.md defaults, editable). */
@Service
public class RevisitPolicy {

    private final JdbcClient jdbc;

    RevisitPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> rules() {
        return jdbc.sql(
                        "select side, reason, months, same_client_months, explanation from revisit_rule order by side, reason")
                .query((rs, n) -> new Rule(
                        Side.valueOf(rs.getString(1)),
                        NoReason.valueOf(rs.getString(2)),
                        rs.getInt(3),
                        (Integer) rs.getObject(4),
                        rs.getString(5)))
                .list();
    }

    public Rule rule(Side side, NoReason reason) {
        return rules().stream()
                .filter(r -> r.side() == side && r.reason() == reason)
                .findFirst()
                .orElse(new Rule(side, reason, 6, 6, "No rule for this reason: 6 months"));
    }

    /** Changes a rule; {@code sameClientMonths} null means never again for the same client. */
    @Transactional
    public void change(Side side, NoReason reason, int months, Integer sameClientMonths) {
        if (months < 0
                || months > 120
                || (sameClientMonths != null && (sameClientMonths < 0 || sameClientMonths > 120))) {
            throw io.rekindle.platform.InvalidInputException.of("months", "must be between 0 and 120");
        }
        jdbc.sql("update revisit_rule set months = ?, same_client_months = ? where side = ? and reason = ?")
                .params(months, sameClientMonths, side.name(), reason.name())
                .update();
    }

    /**
     * One rule: ask again after {@code months} in general and after {@code sameClientMonths} for the client who was
     * involved (null: never for that client).
     */
    public record Rule(Side side, NoReason reason, int months, Integer sameClientMonths, String explanation) {}
}
