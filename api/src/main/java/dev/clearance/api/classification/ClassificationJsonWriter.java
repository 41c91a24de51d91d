package dev.clearance.api.classification;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.classification.BulkFinding;
import dev.clearance.domain.classification.Citation;
import dev.clearance.domain.classification.Classification;
import dev.clearance.domain.classification.CounterpartyStatus;
import dev.clearance.domain.classification.CoveredPersonLimb;
import dev.clearance.domain.classification.Duty;
import dev.clearance.domain.classification.Reason;
import dev.clearance.domain.requirement.RequirementId;
import java.util.List;

/** Writes classifications in the output shape of facts format v1, field for field. */
public final class ClassificationJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private ClassificationJsonWriter() {
    }

    public static ArrayNode writeAll(List<Classification> classifications) {
        ArrayNode array = NODES.arrayNode();
        classifications.forEach(c -> array.add(write(c)));
        return array;
    }

    public static ObjectNode write(Classification c) {
        ObjectNode out = NODES.objectNode();
        if (c.id() == null) {
            out.putNull("id");
        } else {
            out.put("id", c.id());
        }
        out.put("outcome", c.outcome().name());
        ArrayNode citations = out.putArray("citations");
        c.citations().stream().map(Citation::value).forEach(citations::add);
        out.set("counterparty", counterparty(c.counterparty()));
        out.put("governmentRelated", c.governmentRelated());
        ArrayNode bulk = out.putArray("bulk");
        for (BulkFinding f : c.bulk()) {
            ObjectNode b = bulk.addObject();
            b.put("category", f.category().name());
            b.put("count", f.count());
            b.put("threshold", f.threshold());
            b.put("bulk", f.bulk());
        }
        ArrayNode requirements = out.putArray("requirements");
        c.requirements().stream().map(RequirementId::value).forEach(requirements::add);
        ArrayNode duties = out.putArray("duties");
        for (Duty d : c.duties()) {
            ObjectNode duty = duties.addObject();
            duty.put("code", d.code().name());
            duty.put("citation", d.citation().value());
            if (d.due() == null) {
                duty.putNull("due");
            } else {
                duty.put("due", d.due().toString());
            }
        }
        ArrayNode reasons = out.putArray("reasons");
        for (Reason r : c.reasons()) {
            ObjectNode reason = reasons.addObject();
            reason.put("rule", r.rule());
            reason.put("citation", r.citation().value());
            reason.put("text", r.text());
        }
        ArrayNode warnings = out.putArray("warnings");
        c.warnings().forEach(warnings::add);
        out.put("ruleSetVersion", c.ruleSetVersion().value());
        return out;
    }

    private static ObjectNode counterparty(CounterpartyStatus s) {
        ObjectNode cp = NODES.objectNode();
        cp.put("usPerson", s.usPerson());
        cp.put("countryOfConcern", s.countryOfConcern());
        cp.put("coveredPerson", s.coveredPerson());
        ArrayNode limbs = cp.putArray("coveredPersonLimbs");
        s.coveredPersonLimbs().stream().map(CoveredPersonLimb::citation).map(Citation::value).forEach(limbs::add);
        cp.put("coveredOwnershipPercent", s.coveredOwnershipPercent().value());
        return cp;
    }
}
