package de.bund.partnerschaftsmonitor.agreement;

/** German federal ministries (abbreviations as of the 21st legislative period) and the Chancellery. */
public enum Ministry {
    AA, BMI, BMZ, BMAS, BMG, BMJV, BMF, BMWE, BMBFSFJ, BMFTR, BMDS, BMVg, BMUKN, BMLEH, BMV, BMWSB, BKM, BKAMT;

    public static final String PATTERN = "AA|BMI|BMZ|BMAS|BMG|BMJV|BMF|BMWE|BMBFSFJ|BMFTR|BMDS|BMVg|BMUKN|BMLEH|BMV|BMWSB|BKM|BKAMT";
}
