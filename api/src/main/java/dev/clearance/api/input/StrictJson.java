package dev.clearance.api.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.clearance.api.problem.Violation;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against the Java type it will be bound to, before Micronaut Serde binds it. Serde is
 * lenient where a compliance record must not be: it reads {@code 123} or {@code true} as a name, unwraps
 * {@code [50]} to 50, reads {@code true} as 1, a number as days since 1970 and {@code "yes"} as false, and ignores
 * duplicate keys and text after the value. Here each of those is a violation with the field's JSON path, as are
 * control characters, unpaired surrogates, text over {@link InputText#DEFAULT_MAX}, invalid UTF-8, dates outside
 * {@link InputDates} and nesting deeper than {@value #MAX_DEPTH}. A field's own maximum ({@code @Size}) is left
 * to bean validation, which then reports it together with the body's other field errors. Fields the type does not know are skipped (their
 * nesting still counts), as Serde ignores them.
 */
public final class StrictJson {
    /** The largest JSON body any write operation accepts; a full 1,000-name batch is well under 1 MB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_BYTES).maxNumberLength(100).build())
            .build();
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private final List<Violation> violations = new ArrayList<>();
    private String at = "$";

    private StrictJson() {
    }

    /** Every violation in {@code body} read as {@code type}; empty when Serde may bind it. */
    public static List<Violation> check(byte[] body, Argument<?> type) {
        StrictJson check = new StrictJson();
        check.run(body, type);
        return List.copyOf(check.violations);
    }

    private void run(byte[] body, Argument<?> type) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                violations.add(new Violation("$", "a JSON body is required"));
                return;
            }
            value(parser, type, "$", InputText.DEFAULT_MAX);
            at = "$";
            if (trailing(parser)) {
                violations.add(new Violation("$", "must hold one JSON value only; there is content after it"));
            }
        } catch (StreamConstraintsException e) {
            violations.add(new Violation(at, e.getMessage() != null && e.getMessage().contains("nesting")
                    ? "is nested too deeply (at most " + MAX_DEPTH + " levels)" : "is too large"));
        } catch (JsonParseException e) {
            violations.add(parseProblem(e));
        } catch (IOException e) {
            violations.add(new Violation(at, "is not valid JSON"));
        }
    }

    private static boolean trailing(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonParseException e) {
            return true;
        }
    }

    private Violation parseProblem(JsonParseException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return new Violation(field(at, duplicate.group(1)), "appears more than once in the object");
        }
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return new Violation(at, "is not valid UTF-8");
        }
        if (message.contains("Illegal unquoted character")) {
            return new Violation(at, "must not contain control characters");
        }
        return new Violation(at, "is not valid JSON");
    }

    private void value(JsonParser p, Argument<?> type, String path, int maxLength) throws IOException {
        at = path;
        JsonToken token = p.currentToken();
        Class<?> c = type.getType();
        if (token == JsonToken.VALUE_NULL) {
            if (c.isPrimitive()) {
                add(path, "must not be null");
            }
            return;
        }
        if (c == String.class || c == CharSequence.class) {
            if (token != JsonToken.VALUE_STRING) {
                mismatch(p, path, "must be a string");
                return;
            }
            String problem = InputText.problem(p.getText(), maxLength);
            if (problem != null) {
                add(path, problem);
            }
        } else if (c == Boolean.class || c == boolean.class) {
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                mismatch(p, path, "must be true or false");
            }
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class
                || c == Short.class || c == short.class || c == BigInteger.class) {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                mismatch(p, path, "must be a whole number");
            } else if (c != BigInteger.class && !fits(p.getBigIntegerValue(), c)) {
                add(path, "is out of range");
            }
        } else if (c == BigDecimal.class || c == Double.class || c == double.class || c == Float.class
                || c == float.class || c == Number.class) {
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                mismatch(p, path, "must be a number");
            }
        } else if (c == LocalDate.class) {
            if (token != JsonToken.VALUE_STRING || InputDates.parse(p.getText()) == null) {
                mismatch(p, path, InputDates.RULE);
            }
        } else if (c == UUID.class) {
            if (token != JsonToken.VALUE_STRING || !UUID_TEXT.matcher(p.getText()).matches()) {
                mismatch(p, path, "must be a UUID");
            }
        } else if (c.isEnum()) {
            if (token != JsonToken.VALUE_STRING || Arrays.stream(c.getEnumConstants())
                    .noneMatch(e -> ((Enum<?>) e).name().equals(textOrEmpty(p)))) {
                mismatch(p, path, "must be one of " + Arrays.toString(c.getEnumConstants()));
            }
        } else if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            array(p, element(type), path);
        } else if (Map.class.isAssignableFrom(c)) {
            map(p, type, path);
        } else {
            Optional<? extends BeanIntrospection<?>> bean = BeanIntrospector.SHARED.findIntrospection(c);
            if (bean.isPresent()) {
                object(p, bean.get(), path);
            } else {
                p.skipChildren();
            }
        }
    }

    private void array(JsonParser p, Argument<?> element, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            mismatch(p, path, "must be an array");
            return;
        }
        int max = InputText.DEFAULT_MAX;
        int i = 0;
        at = path;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            value(p, element, path + "[" + i + "]", max);
            at = path;
            i++;
        }
    }

    private void map(JsonParser p, Argument<?> type, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            mismatch(p, path, "must be an object");
            return;
        }
        Argument<?>[] params = type.getTypeParameters();
        Argument<?> valueType = params.length == 2 ? params[1] : Argument.OBJECT_ARGUMENT;
        at = path;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            value(p, valueType, field(path, name), InputText.DEFAULT_MAX);
            at = path;
        }
    }

    private void object(JsonParser p, BeanIntrospection<?> bean, String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            mismatch(p, path, "must be an object");
            return;
        }
        at = path;
        // NB: at is the object's path while the next key is read, so a duplicate key is reported under it.
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            at = field(path, name);
            p.nextToken();
            Optional<? extends BeanProperty<?, Object>> property = bean.getProperty(name);
            if (property.isPresent()) {
                BeanProperty<?, Object> prop = property.get();
                value(p, prop.asArgument(), field(path, name), InputText.DEFAULT_MAX);
            } else {
                p.skipChildren();
            }
            at = path;
        }
    }

    private static Argument<?> element(Argument<?> type) {
        if (type.getType().isArray()) {
            return Argument.of(type.getType().getComponentType());
        }
        return type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
    }

    private static boolean fits(BigInteger value, Class<?> c) {
        long min;
        long max;
        if (c == Short.class || c == short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (c == Integer.class || c == int.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    private static String textOrEmpty(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return "";
        }
    }

    private void mismatch(JsonParser p, String path, String message) throws IOException {
        add(path, message);
        p.skipChildren();
    }

    private void add(String path, String message) {
        violations.add(new Violation(path, message));
    }

    /** {@code $.owners} + {@code percent}; a key that is no plain name is quoted, {@code $['a b']}. */
    private static String field(String parent, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return parent + "." + name;
        }
        StringBuilder quoted = new StringBuilder();
        for (char ch : name.toCharArray()) {
            quoted.append(Character.isISOControl(ch) || ch == '\'' || ch == '\\' || Character.isSurrogate(ch)
                    ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return parent + "['" + quoted + "']";
    }
}
