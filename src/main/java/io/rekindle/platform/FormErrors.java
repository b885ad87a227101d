package io.rekindle.platform;

import java.util.Arrays;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Shows business validation problems beside the form fields they name, or above the form when no field fits. */
public final class FormErrors {

    private FormErrors() {}

    /**
     * @param renames API field names that are called differently in the form ({@code location.city} to {@code city})
     */
    public static void reject(InvalidInputException e, BindingResult result, Map<String, String> renames) {
        for (var p : e.problems()) {
            String base = p.field().replaceAll("\\[\\d+]$", "");
            String field = renames.getOrDefault(base, base);
            if (hasField(result, field)) {
                result.rejectValue(field, "invalid", p.message());
            } else {
                result.reject("invalid", p.field() + " " + p.message());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        Object target = result.getTarget();
        return target != null
                && target.getClass().isRecord()
                && Arrays.stream(target.getClass().getRecordComponents())
                        .anyMatch(c -> c.getName().equals(field));
    }
}
