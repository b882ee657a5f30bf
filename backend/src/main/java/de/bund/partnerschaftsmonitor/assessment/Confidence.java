package de.bund.partnerschaftsmonitor.assessment;

public enum Confidence {
    HIGH, MEDIUM, LOW;

    public static final String PATTERN = "HIGH|MEDIUM|LOW";
}
