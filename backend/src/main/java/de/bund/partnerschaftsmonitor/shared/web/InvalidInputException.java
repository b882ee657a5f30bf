package de.bund.partnerschaftsmonitor.shared.web;

import java.util.List;

/** Bad input found by a check that bean validation cannot express (unknown references, cross-field rules). */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super("Invalid input: " + errors.stream().map(Problem.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
