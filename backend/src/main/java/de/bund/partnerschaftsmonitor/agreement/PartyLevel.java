package de.bund.partnerschaftsmonitor.agreement;

public enum PartyLevel {
    DE_BILATERAL, EU, OTHER_EUROPEAN_STATE;

    public static final String PATTERN = "DE_BILATERAL|EU|OTHER_EUROPEAN_STATE";
}
