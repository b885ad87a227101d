package io.rekindle.followups;

import java.util.List;

public record CadenceView(long id, String name, List<CadenceStep> steps) {

    public int businessDays() {
        return steps.stream().mapToInt(CadenceStep::waitDays).sum();
    }
}
