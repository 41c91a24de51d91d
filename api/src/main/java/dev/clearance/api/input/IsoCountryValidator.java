package dev.clearance.api.input;

import dev.clearance.domain.vendor.NewVendor;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/** Validates {@link IsoCountry}; null is left to {@code @NotNull}. */
@Singleton
public class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {
    @Override
    public boolean isValid(@Nullable String value, AnnotationValue<IsoCountry> annotation,
                           ConstraintValidatorContext context) {
        return value == null || NewVendor.isCountryCode(value);
    }
}
