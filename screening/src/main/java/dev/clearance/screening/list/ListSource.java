package dev.clearance.screening.list;

/** The official lists Clearance imports, each with its own file format. */
public enum ListSource {
    /** OFAC Specially Designated Nationals, legacy CSV ({@code sdn.csv}, {@code alt.csv}, {@code add.csv}). */
    OFAC_SDN("OFAC SDN"),
    /** OFAC consolidated non-SDN lists ({@code cons_prim.csv}, {@code cons_alt.csv}, {@code cons_add.csv}). */
    OFAC_NON_SDN("OFAC Consolidated non-SDN"),
    /** trade.gov Consolidated Screening List CSV. */
    CSL("trade.gov Consolidated Screening List"),
    /** BIS Denied Persons List, tab-separated. */
    BIS_DPL("BIS Denied Persons List"),
    /** UN Security Council Consolidated List XML. */
    UN("UN Security Council Consolidated List");

    private final String title;

    ListSource(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
