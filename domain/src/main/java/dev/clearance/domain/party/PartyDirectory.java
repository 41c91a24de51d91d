package dev.clearance.domain.party;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All parties of one set of facts, by id. Every owner, employer and head office a party refers to is present, so
 * a walk over the ownership graph never meets a dangling reference.
 *
 * @since 0.1.0
 */
public record PartyDirectory(Map<PartyId, Party> parties) {

    public PartyDirectory {
        parties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parties));
        for (Map.Entry<PartyId, Party> e : parties.entrySet()) {
            if (!e.getKey().equals(e.getValue().id())) {
                throw new IllegalArgumentException("party filed under " + e.getKey() + " has id " + e.getValue().id());
            }
            for (PartyId ref : references(e.getValue())) {
                if (!parties.containsKey(ref)) {
                    throw new IllegalArgumentException("party " + e.getKey() + " refers to unknown party " + ref);
                }
            }
        }
    }

    public static PartyDirectory of(Collection<? extends Party> parties) {
        Map<PartyId, Party> map = new LinkedHashMap<>();
        for (Party p : parties) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate party id " + p.id());
            }
        }
        return new PartyDirectory(map);
    }

    public Party get(PartyId id) {
        Party party = parties.get(id);
        if (party == null) {
            throw new IllegalArgumentException("unknown party " + id);
        }
        return party;
    }

    public boolean contains(PartyId id) {
        return parties.containsKey(id);
    }

    /** The parties {@code party} points at: owners, employers and head office. */
    public static List<PartyId> references(Party party) {
        if (party instanceof Entity entity) {
            List<PartyId> refs = new java.util.ArrayList<>();
            entity.owners().forEach(s -> refs.add(s.owner()));
            if (entity.branchOf() != null) {
                refs.add(entity.branchOf());
            }
            return refs;
        }
        if (party instanceof Individual individual) {
            return individual.employers();
        }
        return List.of();
    }
}
