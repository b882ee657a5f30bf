package de.bund.partnerschaftsmonitor.criterion;

public enum CatalogStatus { DRAFT, PUBLISHED }
