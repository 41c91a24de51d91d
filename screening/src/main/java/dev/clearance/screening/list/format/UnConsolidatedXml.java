package dev.clearance.screening.list.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.clearance.screening.list.BirthDate;
import dev.clearance.screening.list.Countries;
import dev.clearance.screening.list.EntryType;
import dev.clearance.screening.list.ListEntry;
import dev.clearance.screening.list.ListParseException;
import dev.clearance.screening.list.ListSnapshot;
import dev.clearance.screening.list.ListSource;

/**
 * The UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and
 * {@code ENTITIES}), read with the JDK's StAX parser. The id is {@code DATAID}; names in original script become
 * aliases.
 *
 * <p>The published file has no DOCTYPE and is at most five elements deep, so a DOCTYPE (the carrier of entity
 * expansion and external entities) is refused outright rather than merely not processed, and nesting deeper than
 * {@link #MAX_DEPTH} is a structural error: a file of thousands of nested elements is not a list.
 */
public final class UnConsolidatedXml {

    /** Deepest element nesting accepted; the real list needs 5. */
    static final int MAX_DEPTH = 16;

    private UnConsolidatedXml() {
    }

    public static ListSnapshot parse(ListFile file) throws ListParseException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ListEntry> entries = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(file.content()));
            toRootElement(file, xml);
            if (!"CONSOLIDATED_LIST".equals(xml.getLocalName())) {
                throw new ListParseException(file.name(), xml.getLocation().getLineNumber(),
                        "expected CONSOLIDATED_LIST, found " + xml.getLocalName());
            }
            int depth = 1;
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    tooDeep(file, xml, depth);
                    if ("INDIVIDUAL".equals(xml.getLocalName()) || "ENTITY".equals(xml.getLocalName())) {
                        entries.add(record(file, xml, depth));
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused(file, xml);
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            throw new ListParseException(file.name(), Math.max(line, 0), "malformed XML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is in memory
                }
            }
        }
        return ListSnapshot.of(ListSource.UN, List.of(file.describe(entries.size())), entries);
    }

    /** Skips the prolog (comments, processing instructions, whitespace) to the root element; refuses a DOCTYPE. */
    private static void toRootElement(ListFile file, XMLStreamReader xml)
            throws XMLStreamException, ListParseException {
        while (true) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused(file, xml);
            }
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new ListParseException(file.name(), xml.getLocation().getLineNumber(), "has no root element");
            }
        }
    }

    private static ListParseException refused(ListFile file, XMLStreamReader xml) {
        return new ListParseException(file.name(), xml.getLocation().getLineNumber(),
                "a DOCTYPE or entity reference is not accepted in the UN list");
    }

    private static void tooDeep(ListFile file, XMLStreamReader xml, int depth) throws ListParseException {
        if (depth > MAX_DEPTH) {
            throw new ListParseException(file.name(), xml.getLocation().getLineNumber(),
                    "elements nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /**
     * Reads one INDIVIDUAL or ENTITY element at {@code depth}; the reader is on its start tag and is left on its end
     * tag.
     */
    private static ListEntry record(ListFile file, XMLStreamReader xml, int depth)
            throws XMLStreamException, ListParseException {
        String kind = xml.getLocalName();
        int line = xml.getLocation().getLineNumber();
        Deque<String> path = new ArrayDeque<>();
        Map<String, String> single = new HashMap<>();
        List<String> aliases = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<BirthDate> dobs = new ArrayList<>();
        Map<String, String> dobGroup = new HashMap<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                path.push(xml.getLocalName());
                tooDeep(file, xml, depth + path.size());
                text.setLength(0);
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused(file, xml);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (path.isEmpty()) {
                    break;
                }
                String name = path.pop();
                String parent = path.isEmpty() ? "" : path.peek();
                String value = text.toString().trim();
                text.setLength(0);
                if (parent.endsWith("DATE_OF_BIRTH") && !value.isEmpty()) {
                    dobGroup.put(name, value);
                } else if (name.endsWith("DATE_OF_BIRTH")) {
                    dobs.addAll(dates(dobGroup));
                    dobGroup.clear();
                } else if (!value.isEmpty()) {
                    switch (name) {
                        case "ALIAS_NAME", "NAME_ORIGINAL_SCRIPT" -> aliases.add(value);
                        case "COUNTRY" -> {
                            if (parent.endsWith("_ADDRESS")) {
                                countries.add(Countries.codeOrName(value));
                            }
                        }
                        case "VALUE" -> {
                            if ("NATIONALITY".equals(parent)) {
                                countries.add(Countries.codeOrName(value));
                            }
                        }
                        default -> {
                            if (path.isEmpty()) {
                                single.putIfAbsent(name, value);
                            }
                        }
                    }
                }
            }
        }
        String id = single.getOrDefault("DATAID", "");
        if (!id.matches("\\d+")) {
            throw new ListParseException(file.name(), line, kind + " without a numeric DATAID");
        }
        List<String> nameParts = new ArrayList<>();
        for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            if (single.containsKey(part)) {
                nameParts.add(single.get(part));
            }
        }
        if (nameParts.isEmpty()) {
            throw new ListParseException(file.name(), line, kind + " " + id + " has no FIRST_NAME");
        }
        String listType = single.getOrDefault("UN_LIST_TYPE", "");
        String remarks = String.join("; ", nonBlank("Reference " + single.getOrDefault("REFERENCE_NUMBER", ""),
                "listed on " + single.getOrDefault("LISTED_ON", ""), single.getOrDefault("COMMENTS1", "")));
        return ListEntry.create(ListSource.UN, id, listType,
                "INDIVIDUAL".equals(kind) ? EntryType.INDIVIDUAL : EntryType.ENTITY, String.join(" ", nameParts),
                aliases, listType.isEmpty() ? List.of() : List.of(listType), dobs, countries, remarks);
    }

    private static List<BirthDate> dates(Map<String, String> group) {
        if (group.containsKey("DATE")) {
            return BirthDate.parseAll(group.get("DATE"));
        }
        if (group.containsKey("FROM_YEAR") && group.containsKey("TO_YEAR")) {
            return BirthDate.parseAll(group.get("FROM_YEAR") + " to " + group.get("TO_YEAR"));
        }
        if (group.containsKey("YEAR")) {
            return BirthDate.parseAll(group.get("YEAR"));
        }
        return List.of();
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank() && !p.endsWith(" ")) {
                out.add(p.trim());
            }
        }
        return out;
    }
}
