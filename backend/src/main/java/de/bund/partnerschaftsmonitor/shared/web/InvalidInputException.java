package de.bund.partnerschaftsmonitor.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bad input found by a check that bean validation cannot express (unknown references, cross-field rules). */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super("Invalid input: " + errors.stream().map(Problem.FieldError::field).toList());
        this.errors = onePerField(errors);
    }

    public static InvalidInputException of(String field, String code) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, code)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /**
     * One mistake, one message: a missing value also fails its format rule, and a value that fails
     * two rules needs fixing once. Keeps a field's "required" error, else its first one, in field order.
     */
    public static List<Problem.FieldError> onePerField(List<Problem.FieldError> errors) {
        Map<String, Problem.FieldError> byField = new LinkedHashMap<>();
        for (Problem.FieldError e : errors) {
            byField.merge(e.field(), e, (kept, next) -> !kept.code().endsWith(".required") && next.code().endsWith(".required") ? next : kept);
        }
        return List.copyOf(new ArrayList<>(byField.values()));
    }
}
