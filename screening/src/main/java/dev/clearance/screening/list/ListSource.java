package dev.clearance.screening.list;

/** The official lists Clearance imports, each with its own file format. */
public enum ListSource {
    /** OFAC Specially Designated Nationals, legacy CSV ({@code sdn.csv}, {@code alt.csv}, {@code add.csv}). */
    OFAC_SDN("OFAC Specially Designated Nationals and Blocked Persons List (SDN)",
            "U.S. Department of the Treasury, Office of Foreign Assets Control"),
    /** OFAC consolidated non-SDN lists ({@code cons_prim.csv}, {@code cons_alt.csv}, {@code cons_add.csv}). */
    OFAC_NON_SDN("OFAC Consolidated Sanctions List (non-SDN)",
            "U.S. Department of the Treasury, Office of Foreign Assets Control"),
    /** trade.gov Consolidated Screening List CSV. */
    CSL("Consolidated Screening List", "U.S. Department of Commerce, International Trade Administration (trade.gov)"),
    /** BIS Denied Persons List, tab-separated. */
    BIS_DPL("Denied Persons List", "U.S. Department of Commerce, Bureau of Industry and Security"),
    /** UN Security Council Consolidated List XML. */
    UN("United Nations Security Council Consolidated List", "United Nations Security Council");

    private final String title;
    private final String publisher;

    ListSource(String title, String publisher) {
        this.title = title;
        this.publisher = publisher;
    }

    /** The list's name as its publisher spells it, for analysts reading screening evidence. */
    public String title() {
        return title;
    }

    public String publisher() {
        return publisher;
    }
}
