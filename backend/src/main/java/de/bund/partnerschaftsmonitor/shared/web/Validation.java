package de.bund.partnerschaftsmonitor.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

public final class Validation {

    private Validation() {
    }

    /** Bean-validation errors of {@code value} as field errors named by their JSON path ({@code sources[0].url}). */
    public static List<Problem.FieldError> errors(Validator validator, Object value) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "").replaceAll("<[^>]+>", "");
            errors.add(new Problem.FieldError(path, v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    public static void check(Validator validator, Object value) {
        List<Problem.FieldError> errors = errors(validator, value);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
