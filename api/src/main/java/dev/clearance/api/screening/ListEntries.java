package dev.clearance.api.screening;

import dev.clearance.domain.screening.StoredListEntry;
import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListSource;
import java.util.ArrayList;
import java.util.List;

/** Engine list entries ↔ stored entries. The stored content hash is kept, never recomputed. */
final class ListEntries {
    private ListEntries() {
    }

    static StoredListEntry stored(ListEntry e) {
        return new StoredListEntry(e.sourceId(), e.key(), e.listName(), e.type().name(), e.primaryName(),
                e.aliases(), e.programs(), e.datesOfBirth().stream().map(BirthDate::toString).toList(), e.countries(),
                e.remarks(), e.contentHash());
    }

    static ListEntry engine(ListSource source, StoredListEntry e) {
        List<BirthDate> dobs = new ArrayList<>(e.birthDates().size());
        for (String d : e.birthDates()) {
            dobs.add(birthDate(d));
        }
        return new ListEntry(source, e.sourceId(), e.listName(), EntryType.valueOf(e.type()), e.primaryName(),
                e.aliases(), e.programs(), dobs, e.countries(), e.remarks(), e.contentHash());
    }

    /** Parses {@link BirthDate#toString()}: {@code 1948-12-10}, {@code 1965-02} or {@code 1955}. */
    static BirthDate birthDate(String text) {
        String[] p = text.split("-");
        return new BirthDate(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                p.length > 2 ? Integer.parseInt(p[2]) : 0);
    }
}
