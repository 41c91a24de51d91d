package dev.clearance.rules.requirements;

import dev.clearance.domain.classification.Citation;
import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.classification.DutyCode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Due dates of the duties a classification gives rise to, computed from the transaction date only.
 *
 * @since 0.1.0
 */
public final class DutySchedule {

    private DutySchedule() {
    }

    /** 28 CFR 202.1104: report a rejected offer of prohibited data brokerage within 14 days of rejection. */
    public static Duty rejectedBrokerageReport(LocalDate date) {
        return new Duty(DutyCode.REJECTED_TRANSACTION_REPORT, Citation.of("202.1104"), date.plusDays(14));
    }

    /** 28 CFR 202.302(b): report a known or suspected breach of the onward-transfer clause within 14 days. */
    public static Duty onwardTransferBreachReport(LocalDate date) {
        return new Duty(DutyCode.ONWARD_TRANSFER_BREACH_REPORT, Citation.of("202.302(b)"), date.plusDays(14));
    }

    /** 28 CFR 202.1101(a): records kept at least 10 years after the transaction. */
    public static Duty records(LocalDate date) {
        return new Duty(DutyCode.RECORDS_10_YEARS, Citation.of("202.1101"), date.plusYears(10));
    }

    /** 28 CFR 202.1102: reports furnished on request; no fixed date. */
    public static Duty reportsOnDemand() {
        return new Duty(DutyCode.REPORTS_ON_DEMAND, Citation.of("202.1102"), null);
    }

    /**
     * Subpart J and the records of Subpart K for a restricted transaction. They apply from the deferred compliance
     * date, so an earlier transaction that is still ongoing owes them from that date.
     */
    public static List<Duty> restricted(LocalDate date, LocalDate deferredCompliance) {
        LocalDate start = date.isBefore(deferredCompliance) ? deferredCompliance : date;
        return List.of(
                new Duty(DutyCode.DATA_COMPLIANCE_PROGRAM, Citation.of("202.1001(a)"), start),
                new Duty(DutyCode.ANNUAL_CERTIFICATIONS, Citation.of("202.1001(b)"), start),
                new Duty(DutyCode.ANNUAL_AUDIT, Citation.of("202.1002"), LocalDate.of(start.getYear(), 12, 31)),
                new Duty(DutyCode.RECORDS_10_YEARS, Citation.of("202.1101(b)"), date.plusYears(10)),
                reportsOnDemand());
    }

    /** 28 CFR 202.1103: annual report due March 1 of the year after the transactions it covers. */
    public static Duty annualCloudReport(LocalDate date, LocalDate deferredCompliance) {
        LocalDate start = date.isBefore(deferredCompliance) ? deferredCompliance : date;
        return new Duty(DutyCode.ANNUAL_CLOUD_REPORT, Citation.of("202.1103"),
                MonthDay.of(3, 1).atYear(start.getYear() + 1));
    }
}
