package de.bund.partnerschaftsmonitor.country;

public enum Region {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA, ANTARCTIC;

    public static final String PATTERN = "AFRICA|AMERICAS|ASIA|EUROPE|OCEANIA|ANTARCTIC";
}
