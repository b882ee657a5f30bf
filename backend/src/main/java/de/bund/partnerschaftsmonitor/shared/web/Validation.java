package de.bund.partnerschaftsmonitor.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.reflect.RecordComponent;
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
            errors.add(fieldError(path, v.getMessage()));
        }
        malformedText(value, "", errors);
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    /** The text rule of {@link StrictJsonFilter#wellFormed} for values that did not come as a JSON body (query parameters). */
    private static void malformedText(Object value, String path, List<Problem.FieldError> errors) {
        if (value instanceof String s) {
            if (!StrictJsonFilter.wellFormed(s)) {
                errors.add(new Problem.FieldError(path, "text.malformed"));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                malformedText(list.get(i), path + "[" + i + "]", errors);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object v = component.getAccessor().invoke(record);
                    malformedText(v, path.isEmpty() ? component.getName() : path + "." + component.getName(), errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), e);
                }
            }
        }
    }

    /**
     * A constraint's message is its code ({@code message = "text.max500"}); a constraint
     * without one of ours gets the generic {@code field.invalid}.
     */
    public static Problem.FieldError fieldError(String field, String message) {
        return new Problem.FieldError(field, Messages.exists(message) ? message : "field.invalid");
    }

    public static void check(Validator validator, Object value) {
        List<Problem.FieldError> errors = errors(validator, value);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
