package dev.clearance.api.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISO 3166-1 alpha-2 country code as vendors and parties accept it ({@code DE}, {@code XK}; not {@code ZZ}):
 * the same check, {@link dev.clearance.domain.vendor.NewVendor#isCountryCode}, wherever a country is taken.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {})
public @interface IsoCountry {
    /** For the OpenAPI description of the fields it checks. */
    String DESCRIPTION = "ISO 3166-1 alpha-2 country code (upper case, XK for Kosovo); codes such as ZZ are refused";

    String message() default "must be an ISO 3166-1 alpha-2 country code such as DE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
